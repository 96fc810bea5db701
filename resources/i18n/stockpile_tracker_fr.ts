<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Article7Report</name>
    <message>
        <source>{mines} mines in {items} {things}</source>
        <translation>{mines} mines dans {items} {things}</translation>
    </message>
    <message>
        <source>An entry reversed within the year is a mistake corrected and neither is listed; one reversed in a later year is listed again in that year&apos;s report, as its correction.</source>
        <translation>Une écriture annulée dans l&apos;année est une erreur corrigée et aucune des deux n&apos;est mentionnée&#xa0;; une écriture annulée une année ultérieure figure à nouveau dans le rapport de cette année-là, en tant que correction.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Lot numbers</source>
        <translation>Numéros de lot</translation>
    </message>
    <message>
        <source>Supplementary information</source>
        <translation>Renseignements complémentaires</translation>
    </message>
    <message>
        <source>correction of the {kind} of {date}</source>
        <translation>correction de l&apos;écriture « {kind} » du {date}</translation>
    </message>
    <message>
        <source>Article 7 report - calendar year {year} - provisional</source>
        <translation>Rapport au titre de l&apos;article 7 - année civile {year} - provisoire</translation>
    </message>
    <message>
        <source>Article 7 report - calendar year {year}</source>
        <translation>Rapport au titre de l&apos;article 7 - année civile {year}</translation>
    </message>
    <message>
        <source>Voluntary report in the format of Article 7 - calendar year {year} - provisional</source>
        <translation>Rapport volontaire selon le modèle de l&apos;article 7 - année civile {year} - provisoire</translation>
    </message>
    <message>
        <source>Voluntary report in the format of Article 7 - calendar year {year}</source>
        <translation>Rapport volontaire selon le modèle de l&apos;article 7 - année civile {year}</translation>
    </message>
    <message>
        <source>1 January {year} - {date} (provisional: the year is not over)</source>
        <translation>1er janvier {year} - {date} (provisoire&#xa0;: l&apos;année n&apos;est pas terminée)</translation>
    </message>
    <message>
        <source>1 January - 31 December {year}</source>
        <translation>1er janvier - 31 décembre {year}</translation>
    </message>
    <message>
        <source>Quantities are individual mines, computed from the ledger up to {date}; a type whose item holds several (a projectile, a dispenser) says how many items hold them.</source>
        <translation>Les quantités sont des mines individuelles, calculées à partir du registre jusqu&apos;au {date}&#xa0;; pour un type dont l&apos;unité en contient plusieurs (un projectile, un distributeur), le nombre d&apos;unités qui les contiennent est indiqué.</translation>
    </message>
    <message>
        <source>Quantities are individual mines, computed from the ledger up to 31 December; a type whose item holds several (a projectile, a dispenser) says how many items hold them.</source>
        <translation>Les quantités sont des mines individuelles, calculées à partir du registre jusqu&apos;au 31 décembre&#xa0;; pour un type dont l&apos;unité en contient plusieurs (un projectile, un distributeur), le nombre d&apos;unités qui les contiennent est indiqué.</translation>
    </message>
    <message>
        <source>as of {date} (provisional)</source>
        <translation>au {date} (provisoire)</translation>
    </message>
    <message>
        <source>during {year} to {date} (provisional)</source>
        <translation>en {year}, jusqu&apos;au {date} (provisoire)</translation>
    </message>
    <message>
        <source>in {year} to {date} (provisional)</source>
        <translation>en {year}, jusqu&apos;au {date} (provisoire)</translation>
    </message>
    <message>
        <source>since entry into force ({effective}) to {date} (provisional)</source>
        <translation>depuis l&apos;entrée en vigueur ({effective}) jusqu&apos;au {date} (provisoire)</translation>
    </message>
    <message>
        <source>since the policy took effect ({effective}) to {date} (provisional)</source>
        <translation>depuis la prise d&apos;effet de la politique ({effective}) jusqu&apos;au {date} (provisoire)</translation>
    </message>
    <message>
        <source>at 31 December {year}</source>
        <translation>au 31 décembre {year}</translation>
    </message>
    <message>
        <source>during {year}</source>
        <translation>au cours de l&apos;année {year}</translation>
    </message>
    <message>
        <source>in {year}</source>
        <translation>en {year}</translation>
    </message>
    <message>
        <source>since entry into force ({effective}) to 31 December {year}</source>
        <translation>depuis l&apos;entrée en vigueur ({effective}) jusqu&apos;au 31 décembre {year}</translation>
    </message>
    <message>
        <source>since the policy took effect ({effective}) to 31 December {year}</source>
        <translation>depuis la prise d&apos;effet de la politique ({effective}) jusqu&apos;au 31 décembre {year}</translation>
    </message>
    <message>
        <source>Mines discovered after the deadline ({deadline}): each lot due for destruction within six months of its discovery.</source>
        <translation>Mines découvertes après l&apos;échéance ({deadline})&#xa0;: chaque lot doit être détruit dans les six mois suivant sa découverte.</translation>
    </message>
    <message>
        <source>No deadline is set for the active profile or a programme.</source>
        <translation>Aucune échéance n&apos;est fixée pour le profil actif ni pour un programme.</translation>
    </message>
    <message>
        <source>Form G - anti-personnel mines destroyed {when}</source>
        <translation>Formule G - Mines antipersonnel détruites {when}</translation>
    </message>
    <message>
        <source>Form G - previously unknown stockpiles destroyed {when}</source>
        <translation>Formule G - Stocks auparavant inconnus détruits {when}</translation>
    </message>
    <message>
        <source>Form B - stockpiled anti-personnel mines {when}</source>
        <translation>Formule B - Stocks de mines antipersonnel {when}</translation>
    </message>
    <message>
        <source>Form B - previously unknown stockpiles {when}</source>
        <translation>Formule B - Stocks auparavant inconnus {when}</translation>
    </message>
    <message>
        <source>Form B - supplementary information: mines unaccounted for after their destruction task {at}</source>
        <translation>Formule B - Renseignements complémentaires&#xa0;: mines inexpliquées après leur tâche de destruction {at}</translation>
    </message>
    <message>
        <source>Still the state&apos;s stockpile until found, destroyed with a certificate or written off by an authority; not in the quantities above. Losses resolved during the year are listed with how.</source>
        <translation>Elles restent des stocks de l&apos;État tant qu&apos;elles ne sont pas retrouvées, détruites avec un certificat ou radiées par une autorité&#xa0;; elles ne figurent pas dans les quantités ci-dessus. Les pertes réglées au cours de l&apos;année sont indiquées avec la manière dont elles l&apos;ont été.</translation>
    </message>
    <message>
        <source>Form B - supplementary information: gains and losses found by stock checks {during}</source>
        <translation>Formule B - Renseignements complémentaires&#xa0;: excédents et manquants constatés lors des inventaires {during}</translation>
    </message>
    <message>
        <source>Form J - other relevant matters: mines not covered by {profile} held {at} (voluntary)</source>
        <translation>Formule J - Autres questions pertinentes&#xa0;: mines non couvertes par le profil «&#xa0;{profile}&#xa0;» détenues {at} (à titre volontaire)</translation>
    </message>
    <message>
        <source>Form J - other relevant matters: mines not covered by {profile} destroyed {in_year} (voluntary)</source>
        <translation>Formule J - Autres questions pertinentes&#xa0;: mines non couvertes par le profil «&#xa0;{profile}&#xa0;» détruites {in_year} (à titre volontaire)</translation>
    </message>
    <message>
        <source>Of the mines destroyed in {year}, {mines} are on certificates not yet verified by a second person: {certificates}.</source>
        <translation>Des mines détruites en {year}, {mines} figurent sur des certificats non encore vérifiés par une seconde personne&#xa0;: {certificates}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Mines</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Lieu de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Mines the profile governs; a loss is negative, the total is the net change the counts found. {corrections}</source>
        <translation>Mines régies par le profil&#xa0;; un manquant est négatif, le total est la variation nette constatée par les inventaires. {corrections}</translation>
    </message>
    <message>
        <source>Form D - retained under Article 3 {at}</source>
        <translation>Formule D - Mines conservées au titre de l&apos;article 3 {at}</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Used in training {in_year}</source>
        <translation>Utilisées pour la formation {in_year}</translation>
    </message>
    <message>
        <source>Intended purpose</source>
        <translation>Finalité prévue</translation>
    </message>
    <message>
        <source>Intended purpose: the reason of the retention decision that named the institution; actual use: the mines used in training in the year. Retained mines are destroyed only once released from retention: they are then surplus, in Form G.</source>
        <translation>Finalité prévue&#xa0;: le motif de la décision de conservation qui a désigné l&apos;institution&#xa0;; utilisation effective&#xa0;: les mines utilisées pour la formation dans l&apos;année. Les mines conservées ne sont détruites qu&apos;une fois libérées de la conservation&#xa0;: elles sont alors excédentaires, dans la formule G.</translation>
    </message>
    <message>
        <source>Form D - transferred for the purpose of destruction {in_year}</source>
        <translation>Formule D - Mines transférées dans un but de destruction {in_year}</translation>
    </message>
    <message>
        <source>Mines shipped to a destruction site in another country than the depot they left; still in Form B until destroyed there.</source>
        <translation>Mines expédiées vers un site de destruction situé dans un autre pays que le dépôt d&apos;origine&#xa0;; elles figurent dans la formule B jusqu&apos;à leur destruction sur place.</translation>
    </message>
    <message>
        <source>Form D - transferred out of or into the stockpile, other than to a destruction site, {during}</source>
        <translation>Formule D - Mines transférées hors des stocks ou vers les stocks, autrement que vers un site de destruction, {during}</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Purpose (the reason recorded)</source>
        <translation>Finalité (le motif enregistré)</translation>
    </message>
    <message>
        <source>Mines the profile governs; out of the stockpile is negative, the total is the net change. The record holds no purpose for a transfer (for destruction, for development and training, or other): the reason recorded with it is printed. Mines sent to a destruction site are shipped for destruction, not transferred: abroad, they are in the table above. {corrections}</source>
        <translation>Mines régies par le profil&#xa0;; une sortie des stocks est négative, le total est la variation nette. Le registre ne consigne pas la finalité d&apos;un transfert (destruction, mise au point et formation, ou autre)&#xa0;: le motif enregistré avec lui est imprimé. Les mines envoyées vers un site de destruction sont expédiées pour destruction, non transférées&#xa0;: à l&apos;étranger, elles figurent dans le tableau ci-dessus. {corrections}</translation>
    </message>
    <message>
        <source>Reported voluntarily, not counted in Forms B and G: {profile} governs {scope}.</source>
        <translation>Déclarées à titre volontaire, non comptées dans les formules B et G&#xa0;: le profil «&#xa0;{profile}&#xa0;» régit {scope}.</translation>
    </message>
    <message>
        <source>Not written for this report.</source>
        <translation>Non rédigée pour ce rapport.</translation>
    </message>
    <message>
        <source>(Carried forward from the {earlier} report: review it for {year}.)</source>
        <translation>(Reprise du rapport de {earlier}&#xa0;: à revoir pour {year}.)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Période visée</translation>
    </message>
    <message>
        <source>{date}, recorded by {name}</source>
        <translation>{date}, enregistrée par {name}</translation>
    </message>
    <message>
        <source>not submitted: a draft until it is frozen as submitted</source>
        <translation>non présenté&#xa0;: un projet tant qu&apos;il n&apos;est pas figé comme présenté</translation>
    </message>
    <message>
        <source>Since the report for {period}</source>
        <translation>Depuis le rapport de {period}</translation>
    </message>
    <message>
        <source>Since the last report</source>
        <translation>Depuis le dernier rapport</translation>
    </message>
    <message>
        <source>first report</source>
        <translation>premier rapport</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non rédigée</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sans note</translation>
    </message>
    <message>
        <source>carried forward from {year}: to review</source>
        <translation>reprise de {year}&#xa0;: à revoir</translation>
    </message>
    <message>
        <source>written for {year}</source>
        <translation>rédigée pour {year}</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>The office&apos;s text</source>
        <translation>Texte du service</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Page de couverture</translation>
    </message>
    <message>
        <source>Forms in this report</source>
        <translation>Formules du présent rapport</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>{text} (carried forward from {earlier}: review it for {year})</source>
        <translation>{text} (repris de {earlier}&#xa0;: à revoir pour {year})</translation>
    </message>
    <message>
        <source>{category}, {activation}</source>
        <translation>{category}, {activation}</translation>
    </message>
    <message>
        <source>Form H - technical characteristics of each type held {at}</source>
        <translation>Formule H - Caractéristiques techniques de chaque type détenu {at}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category and activation</source>
        <translation>Catégorie et déclenchement</translation>
    </message>
    <message>
        <source>Self-destruction</source>
        <translation>Autodestruction</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Mise en place</translation>
    </message>
    <message>
        <source>Contents per item</source>
        <translation>Contenu par unité</translation>
    </message>
    <message>
        <source>Form H - physical characteristics of each type held {at}</source>
        <translation>Formule H - Caractéristiques physiques de chaque type détenu {at}</translation>
    </message>
    <message>
        <source>No destruction programme is recorded under {profile}. The record holds 1 programme under {others}, not listed here: its plan counts the mines and the deadline of that profile. Record a programme under {profile} to report its methods, sites and standards here.</source>
        <translation>Aucun programme de destruction n&apos;est enregistré au titre du profil «&#xa0;{profile}&#xa0;». Le registre contient 1 programme au titre du profil «&#xa0;{others}&#xa0;», non mentionné ici&#xa0;: son plan compte les mines et l&apos;échéance de ce profil. Enregistrez un programme au titre du profil «&#xa0;{profile}&#xa0;» pour déclarer ici ses méthodes, lieux et normes.</translation>
    </message>
    <message>
        <source>No destruction programme is recorded under {profile}. The record holds {number} programmes under {others}, not listed here: their plans count the mines and the deadlines of those profiles. Record a programme under {profile} to report its methods, sites and standards here.</source>
        <translation>Aucun programme de destruction n&apos;est enregistré au titre du profil «&#xa0;{profile}&#xa0;». Le registre contient {number} programmes, non mentionnés ici, qui relèvent d&apos;autres profils ({others})&#xa0;: leurs plans comptent les mines et les échéances de ces profils. Enregistrez un programme au titre du profil «&#xa0;{profile}&#xa0;» pour déclarer ici ses méthodes, lieux et normes.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Mass (g)</source>
        <translation>Masse (g)</translation>
    </message>
    <message>
        <source>Explosive</source>
        <translation>Explosif</translation>
    </message>
    <message>
        <source>Explosive mass (g)</source>
        <translation>Masse d&apos;explosif (g)</translation>
    </message>
    <message>
        <source>Metal content</source>
        <translation>Teneur en métal</translation>
    </message>
    <message>
        <source>Fuze</source>
        <translation>Allumeur</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <source>Not recorded: the catalogue does not give it (Catalogue, Correct mine type). Photograph: the name of its file, to annex to the report.</source>
        <translation>Non enregistré&#xa0;: le catalogue ne l&apos;indique pas (Catalogue, Corriger le type de mine). Photographie&#xa0;: le nom de son fichier, à joindre en annexe au rapport.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>{class}, self-destructs after {hours} hours, and self-deactivating (SDA)</source>
        <translation>{class}, autodestruction au bout de {hours} heures, et autodésactivation (ADA)</translation>
    </message>
    <message>
        <source>{class}, self-destructs after {hours} hours</source>
        <translation>{class}, autodestruction au bout de {hours} heures</translation>
    </message>
    <message>
        <source>discovered {date}, due for destruction by {due}</source>
        <translation>découvertes le {date}, à détruire au plus tard le {due}</translation>
    </message>
    <message>
        <source>at {site}, by {method}: {mines}</source>
        <translation>à {site}, par {method}&#xa0;: {mines}</translation>
    </message>
    <message>
        <source>Destruction of the stockpiled anti-personnel mines under {profile} not completed by its deadline, {deadline}.</source>
        <translation>Destruction des stocks de mines antipersonnel au titre du profil «&#xa0;{profile}&#xa0;» non achevée à l&apos;échéance, le {deadline}.</translation>
    </message>
    <message>
        <source>Destruction of the stockpiled anti-personnel mines under {profile} completed on {date}, by the deadline, {deadline}.</source>
        <translation>Destruction des stocks de mines antipersonnel au titre du profil «&#xa0;{profile}&#xa0;» achevée le {date}, dans les délais (échéance le {deadline}).</translation>
    </message>
    <message>
        <source>Destruction of the stockpiled anti-personnel mines under {profile} completed on {date}, 1 day after the deadline, {deadline}.</source>
        <translation>Destruction des stocks de mines antipersonnel au titre du profil «&#xa0;{profile}&#xa0;» achevée le {date}, 1 jour après l&apos;échéance du {deadline}.</translation>
    </message>
    <message>
        <source>Destruction of the stockpiled anti-personnel mines under {profile} completed on {date}, {days} days after the deadline, {deadline}.</source>
        <translation>Destruction des stocks de mines antipersonnel au titre du profil «&#xa0;{profile}&#xa0;» achevée le {date}, {days} jours après l&apos;échéance du {deadline}.</translation>
    </message>
    <message>
        <source>{kind}, {contents} per item</source>
        <translation>{kind}, {contents} par unité</translation>
    </message>
    <message>
        <source>of which {mines} at destruction sites, not yet destroyed</source>
        <translation>dont {mines} sur les sites de destruction, non encore détruites</translation>
    </message>
    <message>
        <source>of which {mines} retained ({reason})</source>
        <translation>dont {mines} conservées ({reason})</translation>
    </message>
    <message>
        <source>of which {mines} reserved for Korea, which {profile} does not permit: surplus to destroy</source>
        <translation>dont {mines} réservées pour la Corée, ce que le profil «&#xa0;{profile}&#xa0;» ne permet pas&#xa0;: excédent à détruire</translation>
    </message>
    <message>
        <source>{mines} more reserved for Korea beyond the requirement: surplus to destroy</source>
        <translation>{mines} de plus réservées pour la Corée au-delà du besoin&#xa0;: excédent à détruire</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non désignée)</translation>
    </message>
    <message>
        <source>to {site}: {mines}</source>
        <translation>vers {site}&#xa0;: {mines}</translation>
    </message>
    <message>
        <source>Form F - status of destruction programmes {at}</source>
        <translation>Formule F - État des programmes de destruction {at}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>achevé</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Began on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Scheduled in tasks {at}</source>
        <translation>Programmées dans des tâches {at}</translation>
    </message>
    <message>
        <source>Destroyed to date</source>
        <translation>Détruites à ce jour</translation>
    </message>
    <message>
        <source>Still to destroy</source>
        <translation>Restant à détruire</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Achevé le</translation>
    </message>
    <message>
        <source>Mines the profile governs. Scheduled in tasks: every task not cancelled on the record then, as planned (the progress report counts the tasks on the record on the day it is printed). Destroyed to date: by the programme&apos;s own tasks (Form G counts every destruction since entry into force, with or without a task). Still to destroy: its surplus, the mines shipped and not yet reported destroyed, and those unaccounted for after their task.</source>
        <translation>Mines régies par le profil. Programmées dans des tâches&#xa0;: toute tâche non annulée enregistrée à cette date, telle que prévue (le rapport d&apos;avancement compte les tâches enregistrées le jour de son impression). Détruites à ce jour&#xa0;: par les tâches propres du programme (la formule G compte toute destruction depuis l&apos;entrée en vigueur, avec ou sans tâche). Restant à détruire&#xa0;: son excédent, les mines expédiées dont la destruction n&apos;a pas encore été déclarée, et celles inexpliquées après leur tâche.</translation>
    </message>
    <message>
        <source>Form F - methods, destruction sites and standards</source>
        <translation>Formule F - Méthodes, lieux de destruction et normes</translation>
    </message>
    <message>
        <source>Destruction sites</source>
        <translation>Lieux de destruction</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>Safety standards</source>
        <translation>Normes de sécurité</translation>
    </message>
    <message>
        <source>Environmental standards</source>
        <translation>Normes environnementales</translation>
    </message>
</context>
<context>
    <name>Article7TextDialog</name>
    <message>
        <source>Article 7 texts</source>
        <translation>Textes de l&apos;article 7</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The report of a year prints what is saved for it. A text not yet saved for the year is carried forward from an earlier year and marked for review; Save writes the parts you changed, and the one in view when it is carried forward. A year frozen as submitted takes no text.</source>
        <translation>Le rapport d&apos;une année imprime ce qui est enregistré pour elle. Un texte non encore enregistré pour l&apos;année est reporté d&apos;une année antérieure et marqué pour relecture&#xa0;; Enregistrer inscrit les parties que vous avez modifiées, ainsi que celle affichée si elle est reportée. Une année figée comme présentée ne reçoit plus de texte.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The report for {year} was submitted on {submitted} and frozen on {frozen} by {person}: it prints as it was, and texts go into {next_year}.</source>
        <translation>Le rapport de {year} a été présenté le {submitted} et figé le {frozen} par {person}&#xa0;: il s&apos;imprime tel qu&apos;il était, et les textes vont dans {next_year}.</translation>
    </message>
    <message>
        <source>a day not recorded</source>
        <translation>une date non enregistrée</translation>
    </message>
    <message>
        <source>Not written for {year}.</source>
        <translation>Non rédigé pour {year}.</translation>
    </message>
    <message>
        <source>Carried forward from {earlier} ({person}): review it, then Save writes it for {year}.</source>
        <translation>Reporté de {earlier} ({person})&#xa0;: relisez-le&#xa0;; Enregistrer l&apos;inscrit alors pour {year}.</translation>
    </message>
    <message>
        <source>Written for {year} by {person}, {when}.</source>
        <translation>Rédigé pour {year} par {person}, {when}.</translation>
    </message>
    <message>
        <source>{form} is a table the report builds from the record; this text is a note printed above it.</source>
        <translation>{form} est un tableau que le rapport établit à partir du registre&#xa0;; ce texte est une note imprimée au-dessus.</translation>
    </message>
    <message>
        <source>The characteristics are entered with each mine type: Catalogue &gt; Correct mine type.</source>
        <translation>Les caractéristiques se saisissent avec chaque type de mine&#xa0;: Catalogue &gt; Corriger le type de mine.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modifié, pas encore enregistré.</translation>
    </message>
    <message>
        <source>Save the texts typed, or close, to change the year</source>
        <translation>Enregistrez les textes saisis, ou fermez, pour changer d&apos;année</translation>
    </message>
    <message>
        <source>nothing to save: no text was changed</source>
        <translation>rien à enregistrer&#xa0;: aucun texte n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Saved: {parts}.</source>
        <translation>Enregistré&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>Close without saving the texts typed for {year} ({parts})?</source>
        <translation>Fermer sans enregistrer les textes saisis pour {year} ({parts})&#xa0;?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Poursuivre la saisie</translation>
    </message>
    <message>
        <source>{year}: {part}: saved</source>
        <translation>{year}&#xa0;: {part}&#xa0;: enregistré</translation>
    </message>
</context>
<context>
    <name>CatalogueDialogs</name>
    <message>
        <source>e.g. diameter 60 mm, height 40 mm</source>
        <translation>p. ex. diamètre 60 mm, hauteur 40 mm</translation>
    </message>
    <message>
        <source>e.g. TNT, tetryl, composition B</source>
        <translation>p. ex. TNT, tétryl, composition B</translation>
    </message>
    <message>
        <source>the photograph&apos;s file: type its path or Browse...</source>
        <translation>le fichier de la photographie&#xa0;: saisissez son chemin ou Parcourir...</translation>
    </message>
    <message>
        <source>Correct mine type {designation}</source>
        <translation>Corriger le type de mine {designation}</translation>
    </message>
    <message>
        <source>Add a mine type</source>
        <translation>Ajouter un type de mine</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Add type</source>
        <translation>Ajouter le type</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>AP - anti-personnel</source>
        <translation>AP - antipersonnel</translation>
    </message>
    <message>
        <source>AV - anti-vehicle</source>
        <translation>AV - antivéhicule</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Mode de déclenchement</translation>
    </message>
    <message>
        <source>self-destructs after</source>
        <translation>s&apos;autodétruit après</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Self-destruct</source>
        <translation>Autodestruction</translation>
    </message>
    <message>
        <source>Self-destruct time</source>
        <translation>Délai d&apos;autodestruction</translation>
    </message>
    <message>
        <source>Self-deactivating</source>
        <translation>Autodésactivation</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Mode de mise en place</translation>
    </message>
    <message>
        <source>AP mines per item</source>
        <translation>Mines AP par unité</translation>
    </message>
    <message>
        <source>AV mines per item</source>
        <translation>Mines AV par unité</translation>
    </message>
    <message>
        <source>A plain mine: 1 of its category. An ADAM projectile: 36 AP; a Volcano canister: 1 AP + 5 AV</source>
        <translation>Une mine simple&#xa0;: 1 de sa catégorie. Un projectile ADAM&#xa0;: 36 AP&#xa0;; un conteneur Volcano&#xa0;: 1 AP + 5 AV</translation>
    </message>
    <message>
        <source>Technical characteristics (Article 7 Form H)</source>
        <translation>Caractéristiques techniques (article 7, formule H)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Every lot of this type follows the correction; the audit log keeps the entry as it was, with your reason.</source>
        <translation>Tous les lots de ce type suivent la correction&#xa0;; le journal d&apos;audit conserve la fiche telle qu&apos;elle était, avec votre motif.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Photograph of the mine type</source>
        <translation>Photographie du type de mine</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.bmp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>there is no file {path}; choose the photograph with Browse..., or leave it empty</source>
        <translation>le fichier {path} n&apos;existe pas&#xa0;; choisissez la photographie avec Parcourir..., ou laissez le champ vide</translation>
    </message>
    <message>
        <source>Correct site {code}</source>
        <translation>Corriger le site {code}</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Ajouter le site</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Pays (code ISO)</translation>
    </message>
    <message>
        <source>e.g. US, KR</source>
        <translation>p. ex. US, KR</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Add mine type...</source>
        <translation>Ajouter un type de mine...</translation>
    </message>
    <message>
        <source>Add site...</source>
        <translation>Ajouter un site...</translation>
    </message>
    <message>
        <source>Correct mine type...</source>
        <translation>Corriger le type de mine...</translation>
    </message>
    <message>
        <source>Correct site...</source>
        <translation>Corriger le site...</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Mines per item</source>
        <translation>Mines par unité</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <source>SD time</source>
        <translation>Délai AD</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>SDA</source>
        <translation>ADA</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistante</translation>
    </message>
    <message>
        <source>PERSISTENT</source>
        <translation>PERSISTANTE</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Mode de pose</translation>
    </message>
    <message>
        <source>Form H</source>
        <translation>Formule H</translation>
    </message>
    <message>
        <source>{recorded} of {asked}</source>
        <translation>{recorded} sur {asked}</translation>
    </message>
    <message>
        <source>The technical characteristics recorded, of those Article 7 Form H asks for</source>
        <translation>Les caractéristiques techniques enregistrées, parmi celles que demande la formule H de l&apos;article 7</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Mine types</source>
        <translation>Types de mines</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFORMATION</translation>
    </message>
    <message>
        <source>Loading the dashboard&apos;s figures...</source>
        <translation>Chargement des chiffres du tableau de bord...</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be read: {error}</source>
        <translation>Les chiffres du tableau de bord n&apos;ont pas pu être lus&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Mines held, all stock</source>
        <translation>Mines détenues, tous stocks</translation>
    </message>
    <message>
        <source>Retained, covered</source>
        <translation>Conservées, couvertes</translation>
    </message>
    <message>
        <source>Surplus, covered</source>
        <translation>Excédent, couvert</translation>
    </message>
    <message>
        <source>Destroyed this year</source>
        <translation>Détruites cette année</translation>
    </message>
    <message>
        <source>Progress to the deadline</source>
        <translation>Avancement vers l&apos;échéance</translation>
    </message>
    <message>
        <source>Burn-down chart: planned and destroyed by month, and the forecast</source>
        <translation>Graphique d&apos;avancement&#xa0;: prévues et détruites par mois, et la prévision</translation>
    </message>
    <message>
        <source>Stock by type chart: retained and surplus</source>
        <translation>Graphique des stocks par type&#xa0;: conservées et excédent</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Mesure à prendre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Compliance findings</source>
        <translation>Constats de conformité</translation>
    </message>
    <message>
        <source>Select a finding to see what it names; double-click one to open it.</source>
        <translation>Sélectionnez un constat pour voir ce qu&apos;il désigne&#xa0;; double-cliquez dessus pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>What the selected finding names</source>
        <translation>Ce que désigne le constat sélectionné</translation>
    </message>
    <message>
        <source>The selected finding</source>
        <translation>Le constat sélectionné</translation>
    </message>
    <message>
        <source>Policy profile...</source>
        <translation>Profil réglementaire...</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>{name} (deadline {day})</source>
        <translation>{name} (échéance {day})</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>checked against &lt;b&gt;{profile}&lt;/b&gt;</source>
        <translation>vérifié au regard du profil &lt;b&gt;{profile}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; checking the record...</source>
        <translation>&lt;b&gt;Constats&#xa0;:&lt;/b&gt; vérification des registres...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; {errors}, {warnings}, {info} for information</source>
        <translation>&lt;b&gt;Constats&#xa0;:&lt;/b&gt; {errors}, {warnings}, {info} pour information</translation>
    </message>
    <message>
        <source>{count} error</source>
        <translation>{count} erreur</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} erreurs</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>{count} avertissement</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avertissements</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; none - every check passes</source>
        <translation>&lt;b&gt;Constats&#xa0;:&lt;/b&gt; aucun - toutes les vérifications sont satisfaites</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; the checks could not run: {error}</source>
        <translation>&lt;b&gt;Constats&#xa0;:&lt;/b&gt; les vérifications n&apos;ont pas pu être effectuées&#xa0;: {error}</translation>
    </message>
    <message>
        <source>mines = {covered} {scope} (retained {retained} + surplus {surplus} + at destruction sites {at_destruction})</source>
        <translation>mines = {covered} {scope} (conservées {retained} + excédent {surplus} + sur les sites de destruction {at_destruction})</translation>
    </message>
    <message>
        <source>mines = {covered} {scope} (retained {retained} + surplus {surplus})</source>
        <translation>mines = {covered} {scope} (conservées {retained} + excédent {surplus})</translation>
    </message>
    <message>
        <source>in {count} lot</source>
        <translation>dans {count} lot</translation>
    </message>
    <message>
        <source>in {count} lots</source>
        <translation>dans {count} lots</translation>
    </message>
    <message>
        <source>{lots} ({items} items)</source>
        <translation>{lots} ({items} unités)</translation>
    </message>
    <message>
        <source>+ {count} {scope}</source>
        <translation>+ {count} {scope}</translation>
    </message>
    <message>
        <source>({count} more {scope})</source>
        <translation>(plus {count} {scope})</translation>
    </message>
    <message>
        <source>kept for a reason the profile permits, or flagged below</source>
        <translation>conservées pour un motif que le profil autorise, ou signalées ci-dessous</translation>
    </message>
    <message>
        <source>({count} more reserved for Korea beyond the requirement: surplus)</source>
        <translation>(plus {count} réservées pour la Corée au-delà du besoin&#xa0;: excédent)</translation>
    </message>
    <message>
        <source>to destroy under {profile} = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}</source>
        <translation>à détruire au titre du profil «&#xa0;{profile}&#xa0;» = programmées {scheduled} + suspendues {suspended} + non programmées {unscheduled}</translation>
    </message>
    <message>
        <source>(of them {count} reserved for Korea beyond the requirement, to release)</source>
        <translation>(dont {count} réservées pour la Corée au-delà du besoin, à libérer)</translation>
    </message>
    <message>
        <source>and {count} at destruction sites, not yet reported destroyed</source>
        <translation>et {count} sur les sites de destruction, dont la destruction n&apos;est pas encore déclarée</translation>
    </message>
    <message>
        <source>and {count} unaccounted for (tasks closed short)</source>
        <translation>et {count} inexpliquées (tâches clôturées avec écart)</translation>
    </message>
    <message>
        <source>in {year}, {scope}, on site or after shipment</source>
        <translation>en {year}, {scope}, sur place ou après expédition</translation>
    </message>
    <message>
        <source>no destruction programme yet</source>
        <translation>aucun programme de destruction pour l&apos;instant</translation>
    </message>
    <message>
        <source>on track: surplus gone by never at the recent rate</source>
        <translation>dans les délais&#xa0;: excédent jamais détruit au rythme récent</translation>
    </message>
    <message>
        <source>NOT on track: forecast never at the recent rate</source>
        <translation>HORS délais&#xa0;: jamais au rythme récent, selon la prévision</translation>
    </message>
    <message>
        <source>on track: surplus gone by {month}</source>
        <translation>dans les délais&#xa0;: excédent détruit d&apos;ici {month}</translation>
    </message>
    <message>
        <source>NOT on track: forecast {month}</source>
        <translation>HORS délais&#xa0;: prévision {month}</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} jour</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <source>{count} day late</source>
        <translation>{count} jour de retard</translation>
    </message>
    <message>
        <source>{count} days late</source>
        <translation>{count} jours de retard</translation>
    </message>
    <message>
        <source>to {day}</source>
        <translation>jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>destroyed {destroyed} of the {needed} to destroy by the deadline</source>
        <translation>détruites {destroyed} sur les {needed} à détruire avant l&apos;échéance</translation>
    </message>
    <message>
        <source>against plan: {share} (destroyed {destroyed} of {planned} planned); {open} open tasks, {overdue} overdue</source>
        <translation>par rapport au plan&#xa0;: {share} (détruites {destroyed} sur {planned} prévues)&#xa0;; tâches ouvertes&#xa0;: {open}, en retard&#xa0;: {overdue}</translation>
    </message>
    <message>
        <source>No destruction planned or recorded yet</source>
        <translation>Aucune destruction prévue ni enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>No stock on hand</source>
        <translation>Aucun stock détenu</translation>
    </message>
    <message>
        <source>task {task}</source>
        <translation>tâche {task}</translation>
    </message>
    <message>
        <source>certificate {certificate}</source>
        <translation>certificat {certificate}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lot {lot}</translation>
    </message>
    <message>
        <source>Double-click to open ({count} more not listed; filter the stockpile to see them all):</source>
        <translation>Double-cliquez pour ouvrir ({count} autres non listés&#xa0;; filtrez les stocks pour les voir tous)&#xa0;:</translation>
    </message>
    <message>
        <source>Double-click to open:</source>
        <translation>Double-cliquez pour ouvrir&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DestructionDialogs</name>
    <message>
        <source>Schedule destruction</source>
        <translation>Programmer la destruction</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Non programmé</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>automatic, e.g. T-2026-014</source>
        <translation>automatique, p. ex. T-2026-014</translation>
    </message>
    <message>
        <source>Record destruction</source>
        <translation>Enregistrer la destruction</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruit</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>N° de certificat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Reading the open tasks...</source>
        <translation>Lecture des tâches ouvertes...</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>(aucune tâche)</translation>
    </message>
    <message>
        <source>The open tasks could not be read: {reason}</source>
        <translation>Les tâches ouvertes n&apos;ont pas pu être lues&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>task {task} ({date}, {site})</source>
        <translation>la tâche {task} ({date}, {site})</translation>
    </message>
    <message>
        <source>Scheduled in {tasks}: record the destruction of scheduled mines against their task, chosen under Task.</source>
        <translation>Programmées dans {tasks}&#xa0;: enregistrez la destruction des mines programmées au titre de leur tâche, choisie sous Tâche.</translation>
    </message>
    <message>
        <source>Correct destruction certificate {certificate}</source>
        <translation>Corriger le certificat de destruction {certificate}</translation>
    </message>
    <message>
        <source>Correct destruction</source>
        <translation>Corriger la destruction</translation>
    </message>
    <message>
        <source>Destroyed on {date} at {site}, recorded by {recorder}. The correction is dated as the destruction was; the certificate must then be verified again, by someone other than you.</source>
        <translation>Détruites le {date} à {site}, enregistré par {recorder}. La correction porte la date de la destruction&#xa0;; le certificat doit ensuite être vérifié de nouveau, par une autre personne que vous.</translation>
    </message>
    <message>
        <source>{lot} ({type}): {quantity} recorded destroyed</source>
        <translation>{lot} ({type})&#xa0;: {quantity} enregistrées comme détruites</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Really destroyed</source>
        <translation>Réellement détruit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Verify certificate {certificate}</source>
        <translation>Vérifier le certificat {certificate}</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Recorded by {recorder}; destroyed {date} at {site}. Type the quantity the certificate states for each lot, from the paper.</source>
        <translation>Enregistré par {recorder}&#xa0;; détruites le {date} à {site}. Saisissez, d&apos;après le document papier, la quantité que le certificat indique pour chaque lot.</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Warning: certificate {certificate} was recorded by {recorder} under the operating-system login {login}, the one you are working under now. Two names on one login are often one person: verify only if you are not the one who recorded it. The login is in the audit log with your verification.</source>
        <translation>Attention&#xa0;: le certificat {certificate} a été enregistré par {recorder} sous l&apos;identifiant du système d&apos;exploitation {login}, celui sous lequel vous travaillez actuellement. Deux noms sur un même identifiant désignent souvent une seule personne&#xa0;: ne vérifiez que si vous n&apos;êtes pas celle qui l&apos;a enregistré. L&apos;identifiant figure au journal d&apos;audit avec votre vérification.</translation>
    </message>
    <message>
        <source>Record a return - task {task}</source>
        <translation>Enregistrer un retour - tâche {task}</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Mines shipped for task {task} come back from {site} to their lot&apos;s home, not destroyed: on hand again, still planned by the task.</source>
        <translation>Les mines expédiées pour la tâche {task} reviennent de {site} au site d&apos;attache de leur lot, sans avoir été détruites&#xa0;: de nouveau en stock, toujours prévues par la tâche.</translation>
    </message>
    <message>
        <source>Awaiting destruction</source>
        <translation>En attente de destruction</translation>
    </message>
    <message>
        <source>Ship - task {task}</source>
        <translation>Expédier - tâche {task}</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <source>Mines of task {task} leave their lot&apos;s home for {site}: held at the destruction site until it reports them destroyed.</source>
        <translation>Les mines de la tâche {task} quittent le site d&apos;attache de leur lot pour {site}&#xa0;: elles sont détenues sur le site de destruction jusqu&apos;à ce qu&apos;il en déclare la destruction.</translation>
    </message>
    <message>
        <source>Left to ship</source>
        <translation>Reste à expédier</translation>
    </message>
    <message>
        <source>Nothing shipped for this task awaits destruction.</source>
        <translation>Rien de ce qui a été expédié pour cette tâche n&apos;est en attente de destruction.</translation>
    </message>
    <message>
        <source>Nothing is left to ship.</source>
        <translation>Il ne reste rien à expédier.</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Revenu le</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Expédié le</translation>
    </message>
    <message>
        <source>Document ref.</source>
        <translation>Réf. du document</translation>
    </message>
    <message>
        <source>Return recorded for task {task}: {waiting} await destruction at {site}</source>
        <translation>Retour enregistré pour la tâche {task}&#xa0;: {waiting} en attente de destruction à {site}</translation>
    </message>
    <message>
        <source>Shipped for task {task}: {waiting} await destruction at {site}</source>
        <translation>Expédié pour la tâche {task}&#xa0;: {waiting} en attente de destruction à {site}</translation>
    </message>
    <message>
        <source>Close task {task}</source>
        <translation>Clore la tâche {task}</translation>
    </message>
    <message>
        <source>Close task</source>
        <translation>Clore la tâche</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Not yet verified by a second person: certificate {certificates}. The task can be closed once they are (Destruction &gt; Verify certificate).</source>
        <translation>Pas encore vérifié par une seconde personne&#xa0;: certificat {certificates}. La tâche pourra être close une fois la vérification faite (Destruction &gt; Vérifier le certificat).</translation>
    </message>
    <message>
        <source>Discrepancies:
{discrepancies}</source>
        <translation>Écarts&#xa0;:
{discrepancies}</translation>
    </message>
    <message>
        <source>Shipped, destroyed and certified agree for every lot.</source>
        <translation>Les quantités expédiées, détruites et certifiées concordent pour chaque lot.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>{quantity} of lot {lot}</source>
        <translation>{quantity} du lot {lot}</translation>
    </message>
    <message>
        <source>Closing records {losses}, shipped and not reported destroyed or reported and not certified, as an unaccounted loss with this explanation: it stays in every figure, with a finding, until it is resolved (Destruction, Resolve unaccounted loss).</source>
        <translation>La clôture enregistre {losses}, expédiées sans destruction déclarée ou déclarées sans être certifiées, comme perte inexpliquée avec cette explication&#xa0;: elle reste dans tous les chiffres, avec un constat, jusqu&apos;à son traitement (Destruction, Traiter une perte inexpliquée).</translation>
    </message>
    <message>
        <source>Task {task} closed</source>
        <translation>Tâche {task} close</translation>
    </message>
    <message>
        <source>{quantity} of lot {lot} ({mines} mines)</source>
        <translation>{quantity} du lot {lot} ({mines} mines)</translation>
    </message>
    <message>
        <source>Task {task} closed; {losses} recorded as unaccounted losses</source>
        <translation>Tâche {task} close&#xa0;; {losses} enregistrées comme pertes inexpliquées</translation>
    </message>
    <message>
        <source>Task {task} closed; {losses} recorded as unaccounted loss</source>
        <translation>Tâche {task} close&#xa0;; {losses} enregistrées comme perte inexpliquée</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>Something went wrong that the program did not expect: {error} (in {file}, line {line}).</source>
        <translation>Une erreur que le programme n&apos;avait pas prévue s&apos;est produite&#xa0;: {error} (dans {file}, ligne {line}).</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect: {error}.</source>
        <translation>Une erreur que le programme n&apos;avait pas prévue s&apos;est produite&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Each action is saved whole or not at all, so the record is consistent; look at the page&apos;s figures before repeating what you were doing.

The details are in the log file:
{log}</source>
        <translation>Chaque action est enregistrée entièrement ou pas du tout&#xa0;: le registre reste cohérent. Vérifiez les chiffres de la page avant de reprendre ce que vous faisiez.

Le détail figure dans le fichier journal&#xa0;:
{log}</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>Base de données indisponible</translation>
    </message>
    <message>
        <source>{reason}.

Nothing was changed. Try again in a moment; if it persists, the database may be locked by another program, or its server out of reach.</source>
        <translation>{reason}.

Rien n&apos;a été modifié. Réessayez dans un instant&#xa0;; si le problème persiste, la base de données est peut-être verrouillée par un autre programme, ou son serveur hors d&apos;atteinte.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>activation</source>
        <translation>mode de déclenchement</translation>
    </message>
    <message>
        <source>ap per item</source>
        <translation>AP par unité</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>date de situation</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>authority reference</source>
        <translation>référence de l&apos;autorisation</translation>
    </message>
    <message>
        <source>av per item</source>
        <translation>AV par unité</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>numéro du certificat</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certifié</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>état</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date of submission</source>
        <translation>date de présentation</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>deadline years</source>
        <translation>années d&apos;échéance</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>mise en place</translation>
    </message>
    <message>
        <source>designation</source>
        <translation>désignation</translation>
    </message>
    <message>
        <source>destruction event</source>
        <translation>destruction</translation>
    </message>
    <message>
        <source>destruction task</source>
        <translation>tâche de destruction</translation>
    </message>
    <message>
        <source>document reference</source>
        <translation>référence du document</translation>
    </message>
    <message>
        <source>entry into force</source>
        <translation>entrée en vigueur</translation>
    </message>
    <message>
        <source>environmental standards</source>
        <translation>normes environnementales</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explication</translation>
    </message>
    <message>
        <source>explosive mass (g)</source>
        <translation>masse d&apos;explosif (g)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institution</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation>écriture du registre</translation>
    </message>
    <message>
        <source>lifted on</source>
        <translation>levée le</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>lot number</source>
        <translation>numéro de lot</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>lots</translation>
    </message>
    <message>
        <source>manufactured on</source>
        <translation>fabriqué le</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>marquage</translation>
    </message>
    <message>
        <source>mass (g)</source>
        <translation>masse (g)</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>méthodes</translation>
    </message>
    <message>
        <source>mine type</source>
        <translation>type de mine</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>new lot number</source>
        <translation>numéro du nouveau lot</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>observations</translation>
    </message>
    <message>
        <source>officer in charge</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>opening balance date</source>
        <translation>date du solde d&apos;ouverture</translation>
    </message>
    <message>
        <source>operating-system login</source>
        <translation>compte du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>part</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>permitted retention</source>
        <translation>conservation permise</translation>
    </message>
    <message>
        <source>planned on</source>
        <translation>prévu le</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>safety standards</source>
        <translation>normes de sécurité</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>sceau</translation>
    </message>
    <message>
        <source>self-destruct hours</source>
        <translation>heures avant autodestruction</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>sort</source>
        <translation>tri</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>to site</source>
        <translation>site de destination</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>unaccounted loss</source>
        <translation>perte inexpliquée</translation>
    </message>
    <message>
        <source>upgrade backups kept</source>
        <translation>sauvegardes de mise à niveau conservées</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>valable à partir du</translation>
    </message>
    <message>
        <source>verified on</source>
        <translation>vérifié le</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>témoin</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>feuille</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{count} {type} mines are reserved for Korea and {profile} states no requirement for {type}</source>
        <translation>{count} mines {type} sont réservées pour la Corée et le profil «&#xa0;{profile}&#xa0;» ne fixe aucun besoin pour {type}</translation>
    </message>
    <message>
        <source>state the requirement with its authority (Compliance &gt; Policy profile, or profile korea)</source>
        <translation>indiquer le besoin avec son autorité (Conformité &gt; Profil de politique, ou profile korea)</translation>
    </message>
    <message>
        <source>{type}: {reserved} mines reserved for Korea, {required} mines required ({authority}, from {date}): {excess} beyond it are surplus to destroy, counted in the last lots by lot number</source>
        <translation>{type}&#xa0;: {reserved} mines réservées pour la Corée, {required} mines requises ({authority}, à partir du {date})&#xa0;: les {excess} au-delà sont excédentaires et à détruire, comptées dans les derniers lots par numéro de lot</translation>
    </message>
    <message>
        <source>release them to surplus and schedule their destruction, or state the higher requirement</source>
        <translation>les remettre en excédent et programmer leur destruction, ou indiquer le besoin plus élevé</translation>
    </message>
    <message>
        <source>task {task} was planned for {date} and {left} of {planned} are not destroyed</source>
        <translation>la tâche {task} était prévue pour le {date} et {left} sur {planned} ne sont pas détruites</translation>
    </message>
    <message>
        <source>carry it out or re-plan it</source>
        <translation>l&apos;exécuter ou la replanifier</translation>
    </message>
    <message>
        <source>task {task} was planned for {date} and {count} mines not covered by {profile} are not destroyed</source>
        <translation>la tâche {task} était prévue pour le {date} et {count} mines non couvertes par le profil «&#xa0;{profile}&#xa0;» ne sont pas détruites</translation>
    </message>
    <message>
        <source>{count} destruction certificate not verified after {days}</source>
        <translation>{count} certificat de destruction non vérifié après {days}</translation>
    </message>
    <message>
        <source>{count} destruction certificates not verified after {days}</source>
        <translation>{count} certificats de destruction non vérifiés après {days}</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} jour</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <source>have a second person verify them</source>
        <translation>les faire vérifier par une seconde personne</translation>
    </message>
    <message>
        <source>{count} certificate verified by its recorder</source>
        <translation>{count} certificat vérifié par la personne qui l&apos;a enregistré</translation>
    </message>
    <message>
        <source>{count} certificates verified by their recorder</source>
        <translation>{count} certificats vérifiés par la personne qui les a enregistrés</translation>
    </message>
    <message>
        <source>have a second person verify them again</source>
        <translation>les faire vérifier de nouveau par une seconde personne</translation>
    </message>
    <message>
        <source>{finding} (obligations under {profile} ended {date})</source>
        <translation>{finding} (les obligations au titre du profil «&#xa0;{profile}&#xa0;» ont pris fin le {date})</translation>
    </message>
    <message>
        <source>{finding} ({profile} took effect only on {date})</source>
        <translation>{finding} (le profil «&#xa0;{profile}&#xa0;» n&apos;a pris effet que le {date})</translation>
    </message>
    <message>
        <source>{mines} mines in {count} lot are not covered by {profile}, which governs {scope}</source>
        <translation>{mines} mines dans {count} lot ne sont pas couvertes par le profil «&#xa0;{profile}&#xa0;», qui régit les {scope}</translation>
    </message>
    <message>
        <source>{mines} mines in {count} lots are not covered by {profile}, which governs {scope}</source>
        <translation>{mines} mines dans {count} lots ne sont pas couvertes par le profil «&#xa0;{profile}&#xa0;», qui régit les {scope}</translation>
    </message>
    <message>
        <source>none required; they are shown apart and may be reported voluntarily (Form J)</source>
        <translation>aucune action requise&#xa0;; elles sont présentées à part et peuvent être déclarées à titre volontaire (Formule J)</translation>
    </message>
    <message>
        <source>{mines} surplus mines in {count} lot are not scheduled for destruction</source>
        <translation>{mines} mines excédentaires dans {count} lot ne sont pas programmées pour destruction</translation>
    </message>
    <message>
        <source>{mines} surplus mines in {count} lot are not scheduled for destruction, {beyond} of them reserved for Korea beyond the requirement</source>
        <translation>{mines} mines excédentaires dans {count} lot ne sont pas programmées pour destruction, dont {beyond} réservées pour la Corée au-delà du besoin</translation>
    </message>
    <message>
        <source>{mines} surplus mines in {count} lots are not scheduled for destruction</source>
        <translation>{mines} mines excédentaires dans {count} lots ne sont pas programmées pour destruction</translation>
    </message>
    <message>
        <source>{mines} surplus mines in {count} lots are not scheduled for destruction, {beyond} of them reserved for Korea beyond the requirement</source>
        <translation>{mines} mines excédentaires dans {count} lots ne sont pas programmées pour destruction, dont {beyond} réservées pour la Corée au-delà du besoin</translation>
    </message>
    <message>
        <source>schedule them in a destruction task</source>
        <translation>les programmer dans une tâche de destruction</translation>
    </message>
    <message>
        <source>schedule them in a destruction task (those reserved for Korea beyond the requirement once released to surplus)</source>
        <translation>les programmer dans une tâche de destruction (celles réservées pour la Corée au-delà du besoin une fois remises en excédent)</translation>
    </message>
    <message>
        <source>{count} mines retained as {category}, which {profile} does not permit</source>
        <translation>{count} mines conservées au titre de {category}, ce que le profil «&#xa0;{profile}&#xa0;» ne permet pas</translation>
    </message>
    <message>
        <source>release them to surplus, or record the authority</source>
        <translation>les remettre en excédent, ou enregistrer l&apos;autorité</translation>
    </message>
    <message>
        <source>{count} persistent mines (no SD, no SDA) held other than for training</source>
        <translation>{count} mines persistantes (ni AD ni ADA) détenues à d&apos;autres fins que la formation</translation>
    </message>
    <message>
        <source>destroy them: schedule the surplus ones for destruction; those retained for a purpose other than training cannot be scheduled: review their retention decision first</source>
        <translation>les détruire&#xa0;: programmer la destruction des excédentaires&#xa0;; celles conservées à d&apos;autres fins que la formation ne peuvent être programmées&#xa0;: revoir d&apos;abord leur décision de conservation</translation>
    </message>
    <message>
        <source>{count} Korea-reserved mines are held at sites outside the Republic of Korea</source>
        <translation>{count} mines réservées pour la Corée sont détenues sur des sites hors de la République de Corée</translation>
    </message>
    <message>
        <source>check the reservation or move them</source>
        <translation>vérifier la réservation ou les déplacer</translation>
    </message>
    <message>
        <source>{count} mines received after {profile}&apos;s acquisition ban ({date})</source>
        <translation>{count} mines reçues après l&apos;interdiction d&apos;acquisition du profil «&#xa0;{profile}&#xa0;» ({date})</translation>
    </message>
    <message>
        <source>explain the receipts to the authority</source>
        <translation>expliquer les réceptions à l&apos;autorité</translation>
    </message>
    <message>
        <source>{count} mines taken on charge as opening balances after the record was started ({started}), dated after {profile}&apos;s acquisition ban</source>
        <translation>{count} mines prises en compte comme soldes d&apos;ouverture après le début du registre ({started}), datées après l&apos;interdiction d&apos;acquisition du profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>if they were acquired, they are receipts: correct them; if they were held all along, say where they were kept</source>
        <translation>si elles ont été acquises, ce sont des réceptions&#xa0;: les corriger&#xa0;; si elles étaient détenues depuis toujours, indiquer où elles étaient gardées</translation>
    </message>
    <message>
        <source>{count} mines transferred out not for destruction</source>
        <translation>{count} mines transférées à d&apos;autres fins que la destruction</translation>
    </message>
    <message>
        <source>document each transfer&apos;s purpose</source>
        <translation>documenter le but de chaque transfert</translation>
    </message>
    <message>
        <source>Article 3 retained stock rose from {before} ({earlier}) to {last} ({later})</source>
        <translation>le stock conservé au titre de l&apos;article 3 est passé de {before} ({earlier}) à {last} ({later})</translation>
    </message>
    <message>
        <source>justify the increase in the Article 7 report (Form D)</source>
        <translation>justifier l&apos;augmentation dans le rapport au titre de l&apos;article 7 (Formule D)</translation>
    </message>
    <message>
        <source>never at the recent rate</source>
        <translation>jamais au rythme récent</translation>
    </message>
    <message>
        <source>{profile}: {count} surplus mines will not all be destroyed by the deadline, {deadline} (forecast {when})</source>
        <translation>{profile}&#xa0;: les {count} mines excédentaires ne seront pas toutes détruites à l&apos;échéance, le {deadline} (prévision {when})</translation>
    </message>
    <message>
        <source>raise the destruction rate or plan more tasks</source>
        <translation>augmenter le rythme de destruction ou planifier davantage de tâches</translation>
    </message>
    <message>
        <source>{profile}: non-compliant since {deadline}: {count} surplus mines still held after the deadline, {unpermitted} of them retained beyond what it permits</source>
        <translation>{profile}&#xa0;: non conforme depuis le {deadline}&#xa0;: {count} mines excédentaires encore détenues après l&apos;échéance, dont {unpermitted} conservées au-delà de ce qu&apos;il permet</translation>
    </message>
    <message>
        <source>{profile}: non-compliant since {deadline}: {count} surplus mines still held after the deadline</source>
        <translation>{profile}&#xa0;: non conforme depuis le {deadline}&#xa0;: {count} mines excédentaires encore détenues après l&apos;échéance</translation>
    </message>
    <message>
        <source>destroy them as a matter of urgent priority and report the delay (Article 7)</source>
        <translation>les détruire en priorité absolue et déclarer le retard (article 7)</translation>
    </message>
    <message>
        <source>{profile}: stockpile destruction completed {ended}, {count} day after the deadline ({deadline})</source>
        <translation>{profile}&#xa0;: destruction des stocks achevée le {ended}, {count} jour après l&apos;échéance ({deadline})</translation>
    </message>
    <message>
        <source>{profile}: stockpile destruction completed {ended}, {count} days after the deadline ({deadline})</source>
        <translation>{profile}&#xa0;: destruction des stocks achevée le {ended}, {count} jours après l&apos;échéance ({deadline})</translation>
    </message>
    <message>
        <source>{profile}: stockpile destruction completed on time {ended} (deadline {deadline})</source>
        <translation>{profile}&#xa0;: destruction des stocks achevée dans les délais le {ended} (échéance {deadline})</translation>
    </message>
    <message>
        <source>report the completion date in the Article 7 report</source>
        <translation>déclarer la date d&apos;achèvement dans le rapport au titre de l&apos;article 7</translation>
    </message>
    <message>
        <source>{finding}; on that day {count} mines unaccounted for were written off by an authority, not destroyed</source>
        <translation>{finding}&#xa0;; ce jour-là, {count} mines inexpliquées ont été radiées par une autorité, non détruites</translation>
    </message>
    <message>
        <source>report the completion date in the Article 7 report, with the write-off and its authority: those mines were not seen destroyed</source>
        <translation>déclarer la date d&apos;achèvement dans le rapport au titre de l&apos;article 7, avec la passation en perte et son autorité&#xa0;: ces mines n&apos;ont pas été vues détruites</translation>
    </message>
    <message>
        <source>lot {lot}: {count} mines found on {found}, after the deadline, must be destroyed by {due}</source>
        <translation>lot {lot}&#xa0;: {count} mines découvertes le {found}, après l&apos;échéance, doivent être détruites au plus tard le {due}</translation>
    </message>
    <message>
        <source>lot {lot}: {count} mines found on {found}, after the deadline, non-compliant since {due}</source>
        <translation>lot {lot}&#xa0;: {count} mines découvertes le {found}, après l&apos;échéance, non conforme depuis le {due}</translation>
    </message>
    <message>
        <source>destroy them as a matter of urgent priority (six months from discovery)</source>
        <translation>les détruire en priorité absolue (six mois à compter de la découverte)</translation>
    </message>
    <message>
        <source>{count} Article 7 reports ({named}) were due by {due} at the latest and not frozen as submitted</source>
        <translation>{count} rapports au titre de l&apos;article 7 ({named}) étaient dus au plus tard le {due} et ne sont pas figés comme présentés</translation>
    </message>
    <message>
        <source>the initial Article 7 report was due by {due} and is not frozen as submitted</source>
        <translation>le rapport initial au titre de l&apos;article 7 était dû au plus tard le {due} et n&apos;est pas figé comme présenté</translation>
    </message>
    <message>
        <source>the Article 7 report for {year} was due by {due} and is not frozen as submitted</source>
        <translation>le rapport au titre de l&apos;article 7 pour {year} était dû au plus tard le {due} et n&apos;est pas figé comme présenté</translation>
    </message>
    <message>
        <source>print each, have it signed and freeze it (Reports, Article 7 forms)</source>
        <translation>imprimer chacun, le faire signer et le figer (Rapports, formules de l&apos;article 7)</translation>
    </message>
    <message>
        <source>the initial Article 7 report is due by {due}</source>
        <translation>le rapport initial au titre de l&apos;article 7 est dû au plus tard le {due}</translation>
    </message>
    <message>
        <source>the Article 7 report for {year} is due by {due}</source>
        <translation>le rapport au titre de l&apos;article 7 pour {year} est dû au plus tard le {due}</translation>
    </message>
    <message>
        <source>print it, have it signed and freeze it (Reports, Article 7 forms)</source>
        <translation>l&apos;imprimer, le faire signer et le figer (Rapports, formules de l&apos;article 7)</translation>
    </message>
    <message>
        <source>task {task}: {count} mines shipped and not reported destroyed</source>
        <translation>tâche {task}&#xa0;: {count} mines expédiées et non déclarées détruites</translation>
    </message>
    <message>
        <source>reconcile with the destruction site before closing</source>
        <translation>rapprocher avec le site de destruction avant de clore</translation>
    </message>
    <message>
        <source>task {task}: its verified certificates certify {count} mines fewer than its events reported destroyed</source>
        <translation>tâche {task}&#xa0;: ses certificats vérifiés attestent {count} mines de moins que ses opérations n&apos;en ont déclaré détruites</translation>
    </message>
    <message>
        <source>correct the destruction to what the certificate says, or close the task with an explanation (the difference becomes an unaccounted loss)</source>
        <translation>corriger la destruction selon le certificat, ou clore la tâche avec une explication (la différence devient une perte inexpliquée)</translation>
    </message>
    <message>
        <source>programme {programme}</source>
        <translation>le programme {programme}</translation>
    </message>
    <message>
        <source>task {task}, lot {lot} ({type}): {items} items ({mines} mines) unaccounted for: shipped {shipped}, task closed short {closed} ({ago})</source>
        <translation>tâche {task}, lot {lot} ({type})&#xa0;: {items} unités ({mines} mines) inexpliquées&#xa0;: expédiées {shipped}, tâche clôturée avec écart le {closed} ({ago})</translation>
    </message>
    <message>
        <source>task {task}, lot {lot} ({type}): {items} items ({mines} mines) unaccounted for: task closed short {closed} ({ago})</source>
        <translation>tâche {task}, lot {lot} ({type})&#xa0;: {items} unités ({mines} mines) inexpliquées&#xa0;: tâche clôturée avec écart le {closed} ({ago})</translation>
    </message>
    <message>
        <source>investigate: record them found and returned, destroyed with a certificate, or written off by an authority (Resolve unaccounted loss)</source>
        <translation>enquêter&#xa0;: les enregistrer retrouvées et restituées, détruites avec un certificat, ou radiées par une autorité (Traiter une perte inexpliquée)</translation>
    </message>
    <message>
        <source>programme {programme}: non-compliant since {deadline}: {count} mines still to destroy (surplus, shipped but not yet reported destroyed, and unaccounted for)</source>
        <translation>programme {programme}&#xa0;: non conforme depuis le {deadline}&#xa0;: {count} mines encore à détruire (excédentaires, expédiées mais pas encore déclarées détruites, et inexpliquées)</translation>
    </message>
    <message>
        <source>programme {programme}: {count} mines still to destroy (surplus, shipped but not yet reported destroyed, and unaccounted for) will not all be destroyed by {deadline} (forecast {when})</source>
        <translation>programme {programme}&#xa0;: les {count} mines encore à détruire (excédentaires, expédiées mais pas encore déclarées détruites, et inexpliquées) ne seront pas toutes détruites le {deadline} (prévision {when})</translation>
    </message>
    <message>
        <source>the initial report and {years}</source>
        <translation>le rapport initial et {years}</translation>
    </message>
    <message>
        <source>the initial report</source>
        <translation>le rapport initial</translation>
    </message>
    <message>
        <source>victim-activated</source>
        <translation>déclenchées par la victime</translation>
    </message>
    <message>
        <source>command-detonated</source>
        <translation>déclenchées sur commande</translation>
    </message>
    <message>
        <source>activated either way</source>
        <translation>déclenchées de l&apos;une ou l&apos;autre manière</translation>
    </message>
    <message>
        <source>anti-personnel</source>
        <translation>antipersonnel</translation>
    </message>
    <message>
        <source>anti-vehicle</source>
        <translation>antivéhicule</translation>
    </message>
    <message>
        <source>{one} and {other}</source>
        <translation>{one} et {other}</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} ou {other}</translation>
    </message>
    <message>
        <source>{categories} mines that are {activations}</source>
        <translation>mines {categories} {activations}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{count} day ago</source>
        <translation>il y a {count} jour</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>il y a {count} jours</translation>
    </message>
    <message>
        <source>in {count} day</source>
        <translation>dans {count} jour</translation>
    </message>
    <message>
        <source>in {count} days</source>
        <translation>dans {count} jours</translation>
    </message>
    <message>
        <source>{earlier} to {later}</source>
        <translation>{earlier} au {later}</translation>
    </message>
    <message>
        <source>the deadline of {whose} ({deadline}) passed {ago}</source>
        <translation>l&apos;échéance de {whose} ({deadline}) est passée&#xa0;: {ago}</translation>
    </message>
    <message>
        <source>the deadline of {whose} ({deadline}) falls {ago}</source>
        <translation>l&apos;échéance de {whose} ({deadline}) tombe {ago}</translation>
    </message>
    <message>
        <source>{kind} {reference}: {mines} mines shipped to {site} for destruction of lot {lot} have been suspended since {since}; {when}</source>
        <translation>{kind} {reference}&#xa0;: {mines} mines du lot {lot} expédiées à {site} pour destruction sont suspendues depuis le {since}&#xa0;; {when}</translation>
    </message>
    <message>
        <source>{kind} {reference}: {mines} mines shipped to {site} for destruction (in {items} items) of lot {lot} have been suspended since {since}; {when}</source>
        <translation>{kind} {reference}&#xa0;: {mines} mines du lot {lot} expédiées à {site} pour destruction (en {items} unités) sont suspendues depuis le {since}&#xa0;; {when}</translation>
    </message>
    <message>
        <source>{kind} {reference}: {mines} surplus mines of lot {lot} have been suspended since {since}; {when}</source>
        <translation>{kind} {reference}&#xa0;: {mines} mines excédentaires du lot {lot} sont suspendues depuis le {since}&#xa0;; {when}</translation>
    </message>
    <message>
        <source>{kind} {reference}: {mines} surplus mines (in {items} items) of lot {lot} have been suspended since {since}; {when}</source>
        <translation>{kind} {reference}&#xa0;: {mines} mines excédentaires (en {items} unités) du lot {lot} sont suspendues depuis le {since}&#xa0;; {when}</translation>
    </message>
    <message>
        <source>resolve the hold and lift it so that the mines can be destroyed, or report why they cannot be</source>
        <translation>régler la suspension et la lever pour que les mines puissent être détruites, ou déclarer pourquoi elles ne peuvent l&apos;être</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>mines</source>
        <translation>mines</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>grams</source>
        <translation>grammes</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>{typed} is not a whole number of {unit}; write it with digits only, or with commas between groups of three digits</source>
        <translation>{typed} n&apos;est pas un nombre entier de {unit}&#xa0;; écrivez-le en chiffres uniquement, ou avec un séparateur entre les groupes de trois chiffres</translation>
    </message>
    <message>
        <source>items of {mines} mines</source>
        <translation>unités de {mines} mines</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>the file {path}</source>
        <translation>le fichier {path}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Keeps a landmine stockpile honest: lots, retention, destruction and the reports officials sign.</source>
        <translation>Tient le registre fidèle d&apos;un stock de mines&#xa0;: lots, conservation, destruction et les rapports que signent les responsables.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database in use:&lt;/b&gt;&lt;br&gt;{database}</source>
        <translation>&lt;b&gt;Base de données utilisée&#xa0;:&lt;/b&gt;&lt;br&gt;{database}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log file&lt;/b&gt; (send it with a problem report):&lt;br&gt;{file}</source>
        <translation>&lt;b&gt;Journal&lt;/b&gt; (à joindre à tout signalement de problème)&#xa0;:&lt;br&gt;{file}</translation>
    </message>
    <message>
        <source>Licence: MIT. Built with Qt for Python (PySide6 {version}).</source>
        <translation>Licence&#xa0;: MIT. Réalisé avec Qt for Python (PySide6 {version}).</translation>
    </message>
    <message>
        <source>About Stockpile Tracker</source>
        <translation>À propos de Stockpile Tracker</translation>
    </message>
</context>
<context>
    <name>Holdings</name>
    <message>
        <source>{site}, for destruction</source>
        <translation>{site}, pour destruction</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import lots - {file}</source>
        <translation>Importer des lots - {file}</translation>
    </message>
    <message>
        <source>Import destruction history - {file}</source>
        <translation>Importer l&apos;historique des destructions - {file}</translation>
    </message>
    <message>
        <source>Import movements - {file}</source>
        <translation>Importer des mouvements - {file}</translation>
    </message>
    <message>
        <source>Import mine types - {file}</source>
        <translation>Importer des types de mines - {file}</translation>
    </message>
    <message>
        <source>Import sites - {file}</source>
        <translation>Importer des sites - {file}</translation>
    </message>
    <message>
        <source>Lot no.</source>
        <translation>N° de lot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>excédent</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <source>{kind}, {date}</source>
        <translation>{kind}, {date}</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>{site}, task {task}</source>
        <translation>{site}, tâche {task}</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Mode de déclenchement</translation>
    </message>
    <message>
        <source>SD time</source>
        <translation>Délai AD</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>SDA</source>
        <translation>Autodésact.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Mode de mise en place</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>the check was cancelled: nothing is imported unchecked; open the file again to check it</source>
        <translation>le contrôle a été annulé&#xa0;: rien n&apos;est importé sans contrôle&#xa0;; ouvrez de nouveau le fichier pour le contrôler</translation>
    </message>
    <message>
        <source>{count} lot</source>
        <translation>{count} lot</translation>
    </message>
    <message>
        <source>{count} lots</source>
        <translation>{count} lots</translation>
    </message>
    <message>
        <source>{count} destruction event</source>
        <translation>{count} événement de destruction</translation>
    </message>
    <message>
        <source>{count} destruction events</source>
        <translation>{count} événements de destruction</translation>
    </message>
    <message>
        <source>{count} mine type</source>
        <translation>{count} type de mine</translation>
    </message>
    <message>
        <source>{count} mine types</source>
        <translation>{count} types de mine</translation>
    </message>
    <message>
        <source>{count} site</source>
        <translation>{count} site</translation>
    </message>
    <message>
        <source>{count} sites</source>
        <translation>{count} sites</translation>
    </message>
    <message>
        <source>{count} movement</source>
        <translation>{count} mouvement</translation>
    </message>
    <message>
        <source>{count} movements</source>
        <translation>{count} mouvements</translation>
    </message>
    <message>
        <source>{count} mine</source>
        <translation>{count} mine</translation>
    </message>
    <message>
        <source>{count} mines</source>
        <translation>{count} mines</translation>
    </message>
    <message>
        <source>{rows}, {mines}</source>
        <translation>{rows}, {mines}</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} unité</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} unités</translation>
    </message>
    <message>
        <source>{rows}, {items} ({mines})</source>
        <translation>{rows}, {items} ({mines})</translation>
    </message>
    <message>
        <source>add it on the Catalogue page, or tick &quot;add unknown mine types&quot; above</source>
        <translation>ajoutez-le à la page Catalogue, ou cochez « ajouter les types de mines inconnus » ci-dessus</translation>
    </message>
    <message>
        <source>add it on the Catalogue page, or tick &quot;add unknown sites&quot; above</source>
        <translation>ajoutez-le à la page Catalogue, ou cochez « ajouter les sites inconnus » ci-dessus</translation>
    </message>
    <message>
        <source>Choose the sheet to read</source>
        <translation>Choisissez la feuille à lire</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>add unknown mine types (needs the category column)</source>
        <translation>ajouter les types de mines inconnus (nécessite la colonne category)</translation>
    </message>
    <message>
        <source>add unknown sites</source>
        <translation>ajouter les sites inconnus</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Rows read from the file</source>
        <translation>Lignes lues dans le fichier</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problèmes du fichier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Feuille</translation>
    </message>
    <message>
        <source>Opening balance as of</source>
        <translation>Solde d&apos;ouverture au</translation>
    </message>
    <message>
        <source>Rows without received_on are the stock held when the record starts, taken on charge on this day; rows with received_on are receipts on their own day</source>
        <translation>Les lignes sans received_on sont le stock détenu à l&apos;ouverture du registre, pris en compte à cette date&#xa0;; les lignes avec received_on sont des réceptions à leur propre date</translation>
    </message>
    <message>
        <source>Problems (nothing is imported while there are any)</source>
        <translation>Problèmes (rien n&apos;est importé tant qu&apos;il en reste)</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>{problem}; {remedy}</source>
        <translation>{problem}&#xa0;; {remedy}</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Contrôle du fichier</translation>
    </message>
    <message>
        <source>{summary}; 1 problem.</source>
        <translation>{summary}&#xa0;; 1 problème.</translation>
    </message>
    <message>
        <source>{summary}; {count} problems.</source>
        <translation>{summary}&#xa0;; problèmes relevés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Already in the catalogue, left as they are: {names}.</source>
        <translation>Déjà au catalogue, laissés tels quels&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>New types: {types}; new sites: {sites}.</source>
        <translation>Nouveaux types&#xa0;: {types}&#xa0;; nouveaux sites&#xa0;: {sites}.</translation>
    </message>
    <message>
        <source>Sheet {sheet}:</source>
        <translation>Feuille {sheet}&#xa0;:</translation>
    </message>
    <message>
        <source>Flagged: {warning}</source>
        <translation>Signalé&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>... and {count} more rows flagged (the command line&apos;s --dry-run lists them all)</source>
        <translation>... et {count} autres lignes signalées (l&apos;option --dry-run de la ligne de commande les énumère toutes)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;: rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>line {line} {message}</source>
        <translation>ligne {line} {message}</translation>
    </message>
    <message>
        <source>line {line}, {place}: {message}</source>
        <translation>ligne {line}, {place}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>line {line}, {column}: {message}</source>
        <translation>ligne {line}, colonne {column}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>colonne {column}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {line} {message}</source>
        <translation>feuille {sheet}, ligne {line} {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {line}, {place}: {message}</source>
        <translation>feuille {sheet}, ligne {line}, {place}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, {place}: {message}</source>
        <translation>feuille {sheet}, {place}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {line}, {column}: {message}</source>
        <translation>feuille {sheet}, ligne {line}, colonne {column}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, {column}: {message}</source>
        <translation>feuille {sheet}, colonne {column}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>mine type {name} is also on {other}</source>
        <translation>le type de mine {name} figure aussi à {other}</translation>
    </message>
    <message>
        <source>site {name} is also on {other}</source>
        <translation>le site {name} figure aussi à {other}</translation>
    </message>
    <message>
        <source>mine type {name} is also on {other} (as {first})</source>
        <translation>le type de mine {name} figure aussi à {other} (comme {first})</translation>
    </message>
    <message>
        <source>site {name} is also on {other} (as {first})</source>
        <translation>le site {name} figure aussi à {other} (comme {first})</translation>
    </message>
    <message>
        <source>mine type {name} is already in the catalogue with {column} {held}, not {file}; an import adds mine types, it does not correct them</source>
        <translation>le type de mine {name} est déjà au catalogue avec {column} {held}, et non {file}&#xa0;; une importation ajoute des types de mine, elle ne les corrige pas</translation>
    </message>
    <message>
        <source>site {name} is already in the catalogue with {column} {held}, not {file}; an import adds sites, it does not correct them</source>
        <translation>le site {name} est déjà au catalogue avec {column} {held}, et non {file}&#xa0;; une importation ajoute des sites, elle ne les corrige pas</translation>
    </message>
    <message>
        <source>no lot {number} of type {type}</source>
        <translation>aucun lot {number} du type {type}</translation>
    </message>
    <message>
        <source>{lot} is already on the record: an opening balance is a lot&apos;s first entry; record mines added since as a receipt, a transfer in, a discovery or a stock-check gain</source>
        <translation>{lot} figure déjà au registre&#xa0;: un solde d&apos;ouverture est la première écriture d&apos;un lot&#xa0;; enregistrez les mines ajoutées depuis comme une réception, un transfert entrant, une découverte ou un excédent d&apos;inventaire</translation>
    </message>
    <message>
        <source>{lot}: a {kind} is recorded at its home, {home}; its {there} at {site} are moved back first</source>
        <translation>{lot}&#xa0;: un {kind} s&apos;enregistre à son site d&apos;attache, {home}&#xa0;; ses {there} à {site} y sont d&apos;abord ramenées</translation>
    </message>
    <message>
        <source>{lot}: a {kind} is recorded at its home, {home}</source>
        <translation>{lot}&#xa0;: un {kind} s&apos;enregistre à son site d&apos;attache, {home}</translation>
    </message>
    <message>
        <source>are kept only on a row that takes a new lot on charge; give an entry&apos;s words as its reason</source>
        <translation>ne sont conservées que sur une ligne qui prend en charge un nouveau lot&#xa0;; donnez les mots d&apos;une écriture comme son motif</translation>
    </message>
    <message>
        <source>{lot} comes back to its home, {home}</source>
        <translation>{lot} revient à son site d&apos;attache, {home}</translation>
    </message>
    <message>
        <source>no open destruction task at {site} has {lot}</source>
        <translation>aucune tâche de destruction ouverte à {site} ne comprend {lot}</translation>
    </message>
    <message>
        <source>no open destruction task at {site} has {lot}: schedule it first</source>
        <translation>aucune tâche de destruction ouverte à {site} ne comprend {lot}&#xa0;: planifiez-le d&apos;abord</translation>
    </message>
    <message>
        <source>{task} has {count}</source>
        <translation>{task} en a {count}</translation>
    </message>
    <message>
        <source>no open destruction task at {site} has {quantity} of {lot} awaiting destruction ({tasks})</source>
        <translation>aucune tâche de destruction ouverte à {site} n&apos;a {quantity} de {lot} en attente de destruction ({tasks})</translation>
    </message>
    <message>
        <source>no open destruction task at {site} has {quantity} of {lot} left to ship ({tasks})</source>
        <translation>aucune tâche de destruction ouverte à {site} n&apos;a {quantity} de {lot} restant à expédier ({tasks})</translation>
    </message>
    <message>
        <source>tasks {tasks} and {last} at {site} can each take it: returned from {task}, the oldest planned ({planned_on})</source>
        <translation>les tâches {tasks} et {last} à {site} peuvent chacune le prendre&#xa0;: retour de {task}, la plus anciennement prévue ({planned_on})</translation>
    </message>
    <message>
        <source>tasks {tasks} and {last} at {site} can each take it: shipped for {task}, the oldest planned ({planned_on})</source>
        <translation>les tâches {tasks} et {last} à {site} peuvent chacune le prendre&#xa0;: expédié pour {task}, la plus anciennement prévue ({planned_on})</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} n&apos;est pas l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>no mine type {type} in the catalogue</source>
        <translation>aucun type de mine {type} au catalogue</translation>
    </message>
    <message>
        <source>is for ship, move and return rows; a {kind} stays at its site</source>
        <translation>sert aux lignes ship, move et return&#xa0;; un {kind} reste à son site</translation>
    </message>
    <message>
        <source>no site {site}</source>
        <translation>aucun site {site}</translation>
    </message>
    <message>
        <source>{value} is not a whole number (a comma may only group thousands: 1,000 or 12,345,678)</source>
        <translation>{value} n&apos;est pas un nombre entier (une virgule ne peut que grouper les milliers&#xa0;: 1,000 ou 12,345,678)</translation>
    </message>
    <message>
        <source>{value} is not a whole number (in a file separated by semicolons a comma is a decimal comma; write whole numbers without separators)</source>
        <translation>{value} n&apos;est pas un nombre entier (dans un fichier séparé par des points-virgules, une virgule est décimale&#xa0;; écrivez les nombres entiers sans séparateur)</translation>
    </message>
    <message>
        <source>{value} is not a whole number (in a file separated by tabs a comma may mark decimals or thousands; write whole numbers without separators)</source>
        <translation>{value} n&apos;est pas un nombre entier (dans un fichier séparé par des tabulations, une virgule peut marquer les décimales ou les milliers&#xa0;; écrivez les nombres entiers sans séparateur)</translation>
    </message>
    <message>
        <source>{value} is not a whole number (a comma in a text cell may mark decimals or thousands; enter the number as a number)</source>
        <translation>{value} n&apos;est pas un nombre entier (une virgule dans une cellule de texte peut marquer les décimales ou les milliers&#xa0;; saisissez le nombre comme un nombre)</translation>
    </message>
    <message>
        <source>is TRUE or FALSE where text is expected: {remedy}</source>
        <translation>est VRAI ou FAUX là où un texte est attendu&#xa0;: {remedy}</translation>
    </message>
    <message>
        <source>is a date cell ({value}, format {format}) where text is expected: {remedy}</source>
        <translation>est une cellule de date ({value}, format {format}) là où un texte est attendu&#xa0;: {remedy}</translation>
    </message>
    <message>
        <source>is a number cell ({value}, format {format}) where text is expected; it may not show what was typed (00123 is the number 123): {remedy}</source>
        <translation>est une cellule de nombre ({value}, format {format}) là où un texte est attendu&#xa0;; elle peut ne pas montrer ce qui a été saisi (00123 est le nombre 123)&#xa0;: {remedy}</translation>
    </message>
    <message>
        <source>format the cell as Text and type the text again</source>
        <translation>donnez à la cellule le format Texte et saisissez à nouveau le texte</translation>
    </message>
    <message>
        <source>row {line}</source>
        <translation>la ligne {line}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>la ligne {line}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>must be more than zero, not {value}</source>
        <translation>doit être supérieure à zéro, et non {value}</translation>
    </message>
    <message>
        <source>{value} is more than the {most} a record can hold</source>
        <translation>{value} dépasse les {most} qu&apos;un enregistrement peut contenir</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} n&apos;est ni yes ni no</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} est dans le futur</translation>
    </message>
    <message>
        <source>{value} is not a whole number (write whole numbers without spaces)</source>
        <translation>{value} n&apos;est pas un nombre entier (écrivez les nombres entiers sans espaces)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} looks like a spreadsheet formula; enter the value itself</source>
        <translation>{value} ressemble à une formule de tableur&#xa0;; saisissez la valeur elle-même</translation>
    </message>
    <message>
        <source>holds the spreadsheet error {value}; enter the value itself</source>
        <translation>contient l&apos;erreur de tableur {value}&#xa0;; saisissez la valeur elle-même</translation>
    </message>
    <message>
        <source>is an Excel 97-2003 workbook (.xls) or a workbook protected by a password; save it without a password as an Excel workbook (.xlsx) or CSV UTF-8</source>
        <translation>est un classeur Excel 97-2003 (.xls) ou un classeur protégé par un mot de passe&#xa0;; enregistrez-le sans mot de passe comme classeur Excel (.xlsx) ou CSV UTF-8</translation>
    </message>
    <message>
        <source>is UTF-32 text; save the spreadsheet as CSV UTF-8</source>
        <translation>est du texte UTF-32&#xa0;; enregistrez la feuille de calcul en CSV UTF-8</translation>
    </message>
    <message>
        <source>is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;); save the spreadsheet as CSV UTF-8</source>
        <translation>est du texte UTF-16 (le « Texte Unicode » d&apos;Excel)&#xa0;; enregistrez la feuille de calcul en CSV UTF-8</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save the spreadsheet as CSV UTF-8</source>
        <translation>n&apos;est pas du texte UTF-8&#xa0;; enregistrez la feuille de calcul en CSV UTF-8</translation>
    </message>
    <message>
        <source>is larger than {most} MB, the most one import reads; split it into smaller files</source>
        <translation>dépasse {most} Mo, le maximum qu&apos;une importation lit&#xa0;; divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>only an Excel workbook (.xlsx) has sheets; this file is CSV text</source>
        <translation>seul un classeur Excel (.xlsx) a des feuilles&#xa0;; ce fichier est du texte CSV</translation>
    </message>
    <message>
        <source>is not valid CSV ({error}); is the file complete?</source>
        <translation>n&apos;est pas un CSV valide ({error})&#xa0;; le fichier est-il complet&#xa0;?</translation>
    </message>
    <message>
        <source>is not valid CSV ({error}); is this a CSV file?</source>
        <translation>n&apos;est pas un CSV valide ({error})&#xa0;; est-ce un fichier CSV&#xa0;?</translation>
    </message>
    <message>
        <source>has more than {most} rows, the most one import takes; split it into smaller files</source>
        <translation>a plus de {most} lignes, le maximum qu&apos;une importation accepte&#xa0;; divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>has a value in column {column}, past the header&apos;s last</source>
        <translation>a une valeur dans la colonne {column}, au-delà de la dernière de l&apos;en-tête</translation>
    </message>
    <message>
        <source>has {cells} cells; the header has {header}</source>
        <translation>a {cells} cellules&#xa0;; l&apos;en-tête en a {header}</translation>
    </message>
    <message>
        <source>has a header but no rows</source>
        <translation>a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <source>column(s) named twice: {columns}</source>
        <translation>colonne(s) nommée(s) deux fois&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>missing column(s): {columns}</source>
        <translation>colonne(s) manquante(s)&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>nothing was imported: {count} problem: {problems}</source>
        <translation>rien n&apos;a été importé&#xa0;: {count} problème&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>nothing was imported: {count} problems: {problems}</source>
        <translation>rien n&apos;a été importé&#xa0;: {count} problèmes&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>{problems}; and {more} more</source>
        <translation>{problems}&#xa0;; et {more} de plus</translation>
    </message>
    <message>
        <source>{value} is not one of surplus, korea, article3; a legal hold is a suspension: import the lot as surplus, then suspend it</source>
        <translation>{value} n&apos;est pas l&apos;une des valeurs surplus, korea, article3&#xa0;; un blocage juridique est une suspension&#xa0;: importez le lot comme excédentaire, puis suspendez-le</translation>
    </message>
    <message>
        <source>{value} is not one of surplus, korea, article3</source>
        <translation>{value} n&apos;est pas l&apos;une des valeurs surplus, korea, article3</translation>
    </message>
    <message>
        <source>Article 3 retention names the authorised institution</source>
        <translation>la conservation au titre de l&apos;article 3 nomme l&apos;institution autorisée</translation>
    </message>
    <message>
        <source>{value} is not a condition code</source>
        <translation>{value} n&apos;est pas un code d&apos;état</translation>
    </message>
    <message>
        <source>{manufactured_on} is after the opening balance date {on}</source>
        <translation>{manufactured_on} est postérieure à la date du solde d&apos;ouverture {on}</translation>
    </message>
    <message>
        <source>{manufactured_on} is after the receipt date {on}</source>
        <translation>{manufactured_on} est postérieure à la date de réception {on}</translation>
    </message>
    <message>
        <source>is empty, and {number} is too long to stand for it</source>
        <translation>est vide, et {number} est trop long pour en tenir lieu</translation>
    </message>
    <message>
        <source>is empty, and the row differs from {other} (same type and site) in {columns}: give the rows lot numbers</source>
        <translation>est vide, et la ligne diffère de {other} (même type et même site) par {columns}&#xa0;: donnez des numéros de lot aux lignes</translation>
    </message>
    <message>
        <source>the rows without a lot number for {type} at {site} add up to {total}, more than the {most} a lot can hold</source>
        <translation>les lignes sans numéro de lot pour {type} à {site} totalisent {total}, plus que les {most} qu&apos;un lot peut contenir</translation>
    </message>
    <message>
        <source>looks like existing {what} {held}</source>
        <translation>ressemble à {what} existant {held}</translation>
    </message>
    <message>
        <source>looks like {what} {earlier} on {other}</source>
        <translation>ressemble à {what} {earlier} de {other}</translation>
    </message>
    <message>
        <source>lot {number} of type {type} is also on {other}</source>
        <translation>le lot {number} du type {type} figure aussi à {other}</translation>
    </message>
    <message>
        <source>lot {number} of type {type} already exists</source>
        <translation>le lot {number} du type {type} existe déjà</translation>
    </message>
    <message>
        <source>lot {number} of type {type} already exists as {held}</source>
        <translation>le lot {number} du type {type} existe déjà comme {held}</translation>
    </message>
    <message>
        <source>lot {number} of type {type} {refusal}</source>
        <translation>lot {number} du type {type}&#xa0;: {refusal}</translation>
    </message>
    <message>
        <source>a new type {type} needs its category (AP or AV)</source>
        <translation>un nouveau type {type} a besoin de sa catégorie (AP ou AV)</translation>
    </message>
    <message>
        <source>new type {type} has {column} {first} on {other}, here {here}; the rows of one new type must agree</source>
        <translation>le nouveau type {type} a {column} {first} à {other}, ici {here}&#xa0;; les lignes d&apos;un même nouveau type doivent concorder</translation>
    </message>
    <message>
        <source>{value} is not a destruction method</source>
        <translation>{value} n&apos;est pas une méthode de destruction</translation>
    </message>
    <message>
        <source>the witness cannot be the officer in charge ({rule})</source>
        <translation>le témoin ne peut pas être le responsable ({rule})</translation>
    </message>
    <message>
        <source>certificate {certificate} {refusal}</source>
        <translation>certificat {certificate}&#xa0;: {refusal}</translation>
    </message>
    <message>
        <source>certificate {certificate} has {column} {first} on {other}, here {here}; the rows of one certificate are one destruction event and must agree</source>
        <translation>le certificat {certificate} a {column} {first} à {other}, ici {here}&#xa0;; les lignes d&apos;un même certificat sont une seule destruction et doivent concorder</translation>
    </message>
    <message>
        <source>is a zipped file but not an Excel workbook that can be read (.xlsx); save it from the spreadsheet as an Excel workbook (.xlsx) or CSV UTF-8</source>
        <translation>est un fichier compressé mais pas un classeur Excel lisible (.xlsx)&#xa0;; enregistrez-le depuis le tableur comme classeur Excel (.xlsx) ou CSV UTF-8</translation>
    </message>
    <message>
        <source>{sheet} has more than {most} rows, empty ones counted, the most one import reads; delete the empty rows below the last lot or split the sheet</source>
        <translation>{sheet} a plus de {most} lignes, vides comprises, le maximum qu&apos;une importation lit&#xa0;; supprimez les lignes vides sous le dernier lot ou divisez la feuille</translation>
    </message>
    <message>
        <source>the workbook opens on sheet {opened}, not on its first sheet {first}: name the sheet to read (the command line&apos;s --sheet, the window&apos;s Sheet box); its sheets are {sheets}</source>
        <translation>le classeur s&apos;ouvre sur la feuille {opened}, et non sur sa première feuille {first}&#xa0;: nommez la feuille à lire (--sheet en ligne de commande, la liste Feuille dans la fenêtre)&#xa0;; ses feuilles sont {sheets}</translation>
    </message>
    <message>
        <source>is hidden: show it or delete it</source>
        <translation>est masquée&#xa0;: affichez-la ou supprimez-la</translation>
    </message>
    <message>
        <source>is in a hidden column: show it or delete it</source>
        <translation>est dans une colonne masquée&#xa0;: affichez-la ou supprimez-la</translation>
    </message>
    <message>
        <source>does not show its value ({value}, format {format}): whoever checks the workbook cannot see what would be imported; format the cell as General, Number or Text</source>
        <translation>n&apos;affiche pas sa valeur ({value}, format {format})&#xa0;: qui vérifie le classeur ne peut pas voir ce qui serait importé&#xa0;; donnez à la cellule le format Standard, Nombre ou Texte</translation>
    </message>
    <message>
        <source>is a time or duration cell ({value}, format {format}) where a date or a number is expected; type the date or the number itself</source>
        <translation>est une cellule d&apos;heure ou de durée ({value}, format {format}) là où une date ou un nombre est attendu&#xa0;; saisissez la date ou le nombre lui-même</translation>
    </message>
    <message>
        <source>holds more than {most} characters, the most a spreadsheet cell holds; shorten it</source>
        <translation>contient plus de {most} caractères, le maximum que tient une cellule de tableur&#xa0;; raccourcissez-la</translation>
    </message>
    <message>
        <source>unpacks to more than {most} MB, the most one import reads; split it into smaller files</source>
        <translation>se décompresse en plus de {most} Mo, le maximum qu&apos;une importation lit&#xa0;; divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>holds more than {most} MB of text, the most one import reads; split it into smaller files</source>
        <translation>contient plus de {most} Mo de texte, le maximum qu&apos;une importation lit&#xa0;; divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>{sheet} is empty; the workbook&apos;s sheets are {sheets}</source>
        <translation>{sheet} est vide&#xa0;; les feuilles du classeur sont {sheets}</translation>
    </message>
    <message>
        <source>has no sheet of rows</source>
        <translation>n&apos;a aucune feuille de lignes</translation>
    </message>
    <message>
        <source>{sheet} is not a sheet of this workbook; its sheets are {sheets}</source>
        <translation>{sheet} n&apos;est pas une feuille de ce classeur&#xa0;; ses feuilles sont {sheets}</translation>
    </message>
    <message>
        <source>holds a result of the array formula in {anchor} ({formula}), not a value typed; enter the value itself</source>
        <translation>contient un résultat de la formule matricielle de {anchor} ({formula}), non une valeur saisie&#xa0;; saisissez la valeur elle-même</translation>
    </message>
</context>
<context>
    <name>KoreaRequirementDialog</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requirement (mines)</source>
        <translation>Besoin (mines)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Korea requirements in force</source>
        <translation>Besoins pour la Corée en vigueur</translation>
    </message>
    <message>
        <source>Korea requirement</source>
        <translation>Besoin pour la Corée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Déclarer</translation>
    </message>
    <message>
        <source>Under {profile}, mines of a type reserved for the defence of the Republic of Korea beyond its requirement are surplus to destroy. The requirement counts mines, not items: items reserved x the mines of one item the profile governs. A new requirement replaces the one in force from the day it is valid.</source>
        <translation>Selon le profil «&#xa0;{profile}&#xa0;», les mines d&apos;un type réservées à la défense de la République de Corée au-delà du besoin déclaré sont un excédent à détruire. Le besoin se compte en mines, non en unités&#xa0;: unités réservées x mines d&apos;une unité régies par le profil. Un nouveau besoin remplace celui en vigueur à compter de sa date de validité.</translation>
    </message>
    <message>
        <source>State keeps it at once, even if the Policy profile is then cancelled.</source>
        <translation>Déclarer l&apos;enregistre immédiatement, même si le Profil réglementaire est ensuite annulé.</translation>
    </message>
    <message>
        <source>Mine type</source>
        <translation>Type de mine</translation>
    </message>
    <message>
        <source>Authority reference</source>
        <translation>Référence de l&apos;autorisation</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Letterhead</source>
        <translation>En-tête des rapports</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Every printed page and every exported table carries the organisation&apos;s name at its top and the protective marking at its top and bottom. They are kept in the record, the same for everyone who prints from it; a change is audited.</source>
        <translation>Chaque page imprimée et chaque tableau exporté portent le nom de l&apos;organisation en haut et le marquage de protection en haut et en bas. Ils sont conservés dans le registre, les mêmes pour quiconque imprime à partir de celui-ci&#xa0;; toute modification est auditée.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marquage de protection</translation>
    </message>
    <message>
        <source>none (e.g. OFFICIAL)</source>
        <translation>aucun (p. ex. DIFFUSION RESTREINTE)</translation>
    </message>
    <message>
        <source>Letterhead saved: {organisation}, marked {marking}</source>
        <translation>En-tête enregistré&#xa0;: {organisation}, marquage {marking}</translation>
    </message>
    <message>
        <source>Letterhead saved: {organisation}, no marking</source>
        <translation>En-tête enregistré&#xa0;: {organisation}, sans marquage</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>All methods</source>
        <translation>Toutes les méthodes</translation>
    </message>
    <message>
        <source>Search certificate, lot, task, person, site...</source>
        <translation>Rechercher certificat, lot, tâche, personne, site...</translation>
    </message>
    <message>
        <source>Search certificate, lot, task, person, site</source>
        <translation>Rechercher certificat, lot, tâche, personne, site</translation>
    </message>
    <message>
        <source>Verify certificate...</source>
        <translation>Vérifier le certificat...</translation>
    </message>
    <message>
        <source>Loading the destruction log...</source>
        <translation>Chargement du journal des destructions...</translation>
    </message>
    <message>
        <source>The destruction log could not be read: {error}</source>
        <translation>Le journal des destructions n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couvertes</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvertes</translation>
    </message>
    <message>
        <source>Mines destroyed that the active profile covers, not items</source>
        <translation>Mines détruites que couvre le profil actif, et non unités</translation>
    </message>
    <message>
        <source>Mines destroyed that the active profile does not cover</source>
        <translation>Mines détruites que le profil actif ne couvre pas</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Items, as the ledger counts them: mines, projectiles, dispensers</source>
        <translation>Unités, telles que le registre les compte&#xa0;: mines, projectiles, distributeurs</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NON VÉRIFIÉ</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Destruction events</source>
        <translation>Destructions</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>covered: {covered} mines destroyed; not covered: {not_covered}</source>
        <translation>couvertes&#xa0;: {covered} mines détruites&#xa0;; non couvertes&#xa0;: {not_covered}</translation>
    </message>
    <message>
        <source>covered: {covered} mines destroyed</source>
        <translation>couvertes&#xa0;: {covered} mines détruites</translation>
    </message>
    <message>
        <source>{count} event</source>
        <translation>{count} destruction</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} destructions</translation>
    </message>
    <message>
        <source>{count} certificate not verified</source>
        <translation>{count} certificat non vérifié</translation>
    </message>
    <message>
        <source>{count} certificates not verified</source>
        <translation>{count} certificats non vérifiés</translation>
    </message>
</context>
<context>
    <name>LossesTable</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiées</translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation>Clôturée avec écart</translation>
    </message>
    <message>
        <source>Not destroyed or not certified</source>
        <translation>Non détruites ou non certifiées</translation>
    </message>
    <message>
        <source>Found and returned</source>
        <translation>Retrouvées et restituées</translation>
    </message>
    <message>
        <source>Destroyed later</source>
        <translation>Détruites ultérieurement</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Radiées</translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation>Inexpliquées</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source> to </source>
        <translation> au </translation>
    </message>
</context>
<context>
    <name>LotDialogs</name>
    <message>
        <source>surplus (not retained)</source>
        <translation>excédent (non conservé)</translation>
    </message>
    <message>
        <source>Receive a lot</source>
        <translation>Réceptionner un lot</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Quantity (items)</source>
        <translation>Quantité (unités)</translation>
    </message>
    <message>
        <source>items, as the ledger counts them: a mine, or a projectile or dispenser holding several (the type&apos;s contents)</source>
        <translation>unités, telles que le registre les compte&#xa0;: une mine, ou un projectile ou un distributeur en contenant plusieurs (le contenu du type)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Document ref.</source>
        <translation>Réf. du document</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connue</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <source>Manufactured on</source>
        <translation>Fabriqué le</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>found, not received (previously unknown)</source>
        <translation>découvert, non réceptionné (jusque-là inconnu)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Change retention - lot {lot}</source>
        <translation>Modifier la conservation - lot {lot}</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Lot {lot} ({type}) at {site}, in {unit}: {on_hand} on hand, {retained} retained ({kept_for}), {scheduled} scheduled for destruction.</source>
        <translation>Lot {lot} ({type}) à {site}, en {unit}&#xa0;: {on_hand} en stock, {retained} conservées ({kept_for}), {scheduled} programmées pour destruction.</translation>
    </message>
    <message>
        <source>Retain ({unit})</source>
        <translation>Conserver ({unit})</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Institution (Art. 3)</source>
        <translation>Institution (art. 3)</translation>
    </message>
    <message>
        <source>Authority ref.</source>
        <translation>Réf. de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Split lot {lot}</source>
        <translation>Scinder le lot {lot}</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <source>Move part of lot {lot} into a new lot, in {unit}: {retained} retained ({kept_for}), {unscheduled} unscheduled surplus.</source>
        <translation>Reporter une partie du lot {lot} dans un nouveau lot, en {unit}&#xa0;: {retained} conservées ({kept_for}), {unscheduled} en excédent non programmé.</translation>
    </message>
    <message>
        <source>New lot number</source>
        <translation>Numéro du nouveau lot</translation>
    </message>
    <message>
        <source>Quantity ({unit})</source>
        <translation>Quantité ({unit})</translation>
    </message>
    <message>
        <source>New lot kept for</source>
        <translation>Statut du nouveau lot</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stock check - lot {lot}</source>
        <translation>Contrôle de stock - lot {lot}</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Enregistrer le comptage</translation>
    </message>
    <message>
        <source>Lot {lot} ({type}), held at {sites}. Choose the site counted and type the number counted there, from the count sheet; the ledger&apos;s figure is not shown, so the count is blind. A difference from the ledger there on that date is recorded as a gain or loss and needs a reason.</source>
        <translation>Lot {lot} ({type}), détenu à {sites}. Choisissez le site compté et saisissez le nombre compté sur place, d&apos;après la feuille de comptage&#xa0;; le chiffre du registre n&apos;est pas affiché, le comptage se fait donc à l&apos;aveugle. Un écart avec le registre pour ce site à cette date est enregistré comme excédent ou manquant et doit être motivé.</translation>
    </message>
    <message>
        <source>At site</source>
        <translation>Sur le site</translation>
    </message>
    <message>
        <source>Counted ({unit})</source>
        <translation>Compté ({unit})</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>Compté le</translation>
    </message>
    <message>
        <source>Move mines - lot {lot}</source>
        <translation>Déplacer des mines - lot {lot}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Lot {lot} ({type}), in {unit}, at home at {home}: held at {held}. Of those at {home}, {leaving} are unscheduled surplus and may leave; retained, suspended and scheduled mines stay there.</source>
        <translation>Lot {lot} ({type}), en {unit}, rattaché à {home}&#xa0;: détenu à {held}. De celles qui sont à {home}, {leaving} sont un excédent non programmé et peuvent partir&#xa0;; les mines conservées, suspendues et programmées y restent.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Déplacé le</translation>
    </message>
    <message>
        <source>Reverse an entry - lot {lot}</source>
        <translation>Contre-passer une écriture - lot {lot}</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>Contre-passer l&apos;écriture</translation>
    </message>
    <message>
        <source>Entry {entry}: {date} {kind} {quantity} (ref. {reference}, by {recorder}). The entry stays in the ledger; an opposite entry corrects it.</source>
        <translation>Écriture {entry}&#xa0;: {date} {kind} {quantity} (réf. {reference}, par {recorder}). L&apos;écriture reste au registre&#xa0;; une écriture de sens opposé la corrige.</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <source>Lot no.</source>
        <translation>N° de lot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>AP anti-personnel, AV anti-vehicle</source>
        <translation>AP antipersonnel, AV antivéhicule</translation>
    </message>
    <message>
        <source>SD/SDA</source>
        <translation>AD/ADA</translation>
    </message>
    <message>
        <source>self-destruct time, self-deactivation only, or persistent (neither)</source>
        <translation>délai d&apos;autodestruction, autodésactivation seule, ou persistante (ni l&apos;une ni l&apos;autre)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>items, as the ledger counts them</source>
        <translation>unités, telles que le registre les compte</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Mines</translation>
    </message>
    <message>
        <source>mines on hand: items x mines per item</source>
        <translation>mines en stock&#xa0;: unités x mines par unité</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmées</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <source>surplus held back from destruction: legal hold, investigation or safety</source>
        <translation>excédent soustrait à la destruction&#xa0;: mesure judiciaire, enquête ou sécurité</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>awaiting destruction at destruction sites: shipped for an open task, not yet reported destroyed, still held</source>
        <translation>en attente de destruction sur les sites de destruction&#xa0;: expédiées pour une tâche ouverte, destruction non encore déclarée, toujours détenues</translation>
    </message>
    <message>
        <source>Cond</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ammunition condition code</source>
        <translation>code d&apos;état des munitions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Stockpile</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <source>Destruction plan</source>
        <translation>Plan de destruction</translation>
    </message>
    <message>
        <source>Destruction log</source>
        <translation>Journal des destructions</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Stockpile</source>
        <translation>&amp;Stocks</translation>
    </message>
    <message>
        <source>Destruction &amp;plan</source>
        <translation>&amp;Plan de destruction</translation>
    </message>
    <message>
        <source>Destruction lo&amp;g</source>
        <translation>&amp;Journal des destructions</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Lots</source>
        <translation>&amp;Lots</translation>
    </message>
    <message>
        <source>&amp;Destruction</source>
        <translation>&amp;Destruction</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Conformité</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>a lot in the Stockpile</source>
        <translation>un lot des Stocks</translation>
    </message>
    <message>
        <source>a lot in the Stockpile with a suspension in force</source>
        <translation>un lot des Stocks faisant l&apos;objet d&apos;une suspension en vigueur</translation>
    </message>
    <message>
        <source>the lots in the Stockpile</source>
        <translation>les lots des Stocks</translation>
    </message>
    <message>
        <source>an entry in the Ledger tab of a lot in the Stockpile</source>
        <translation>une écriture de l&apos;onglet Registre d&apos;un lot des Stocks</translation>
    </message>
    <message>
        <source>a task in the Destruction plan</source>
        <translation>une tâche du Plan de destruction</translation>
    </message>
    <message>
        <source>an event in the Destruction log</source>
        <translation>un événement du Journal des destructions</translation>
    </message>
    <message>
        <source>Select {selection} to {purpose}</source>
        <translation>Sélectionnez {selection} pour {purpose}</translation>
    </message>
    <message>
        <source>print its lot history</source>
        <translation>imprimer son historique</translation>
    </message>
    <message>
        <source>print its destruction certificate</source>
        <translation>imprimer son certificat de destruction</translation>
    </message>
    <message>
        <source>print its destruction progress</source>
        <translation>imprimer l&apos;avancement de sa destruction</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Nouvelle base de données...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Ouvrir une base de données...</translation>
    </message>
    <message>
        <source>Open the &amp;demo stockpile</source>
        <translation>Ouvrir le stock de &amp;démonstration</translation>
    </message>
    <message>
        <source>A made-up stockpile in a file of its own, to explore the program</source>
        <translation>Un stock fictif, dans un fichier distinct, pour découvrir le programme</translation>
    </message>
    <message>
        <source>&amp;Import lots...</source>
        <translation>&amp;Importer des lots...</translation>
    </message>
    <message>
        <source>Import destruction &amp;history...</source>
        <translation>Importer l&apos;&amp;historique des destructions...</translation>
    </message>
    <message>
        <source>Import &amp;movements...</source>
        <translation>Importer des &amp;mouvements...</translation>
    </message>
    <message>
        <source>Import mine &amp;types...</source>
        <translation>Importer des &amp;types de mines...</translation>
    </message>
    <message>
        <source>Import &amp;sites...</source>
        <translation>Importer des &amp;sites...</translation>
    </message>
    <message>
        <source>&amp;Export table...</source>
        <translation>&amp;Exporter le tableau...</translation>
    </message>
    <message>
        <source>The rows the current view shows, as CSV or an Excel workbook</source>
        <translation>Les lignes affichées par la vue courante, au format CSV ou classeur Excel</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>Sauve&amp;garder...</translation>
    </message>
    <message>
        <source>A copy of the record taken while others work, in a file you choose</source>
        <translation>Une copie du registre, prise sans interrompre le travail des autres, dans le fichier de votre choix</translation>
    </message>
    <message>
        <source>Restore &amp;from a backup...</source>
        <translation>&amp;Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <source>Put a backup copy in place of the record; the record as it is now is kept beside it</source>
        <translation>Remplacer le registre par une copie de sauvegarde&#xa0;; le registre dans son état actuel est conservé à côté</translation>
    </message>
    <message>
        <source>&amp;Change operator...</source>
        <translation>&amp;Changer d&apos;opérateur...</translation>
    </message>
    <message>
        <source>Settin&amp;gs...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>The language of the window, for this user on this computer</source>
        <translation>La langue de la fenêtre, pour cet utilisateur sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Letterhead...</source>
        <translation>En-tête des r&amp;apports...</translation>
    </message>
    <message>
        <source>The organisation and the protective marking every printed page of this record carries</source>
        <translation>L&apos;organisation et le marquage de protection que porte chaque page imprimée de ce registre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Receive a lot...</source>
        <translation>&amp;Réceptionner un lot...</translation>
    </message>
    <message>
        <source>A new lot arrives or is found</source>
        <translation>Un nouveau lot arrive ou est découvert</translation>
    </message>
    <message>
        <source>Change re&amp;tention...</source>
        <translation>Modifier la &amp;conservation...</translation>
    </message>
    <message>
        <source>Retain or release mines of the selected lot</source>
        <translation>Conserver ou libérer des mines du lot sélectionné</translation>
    </message>
    <message>
        <source>change its retention</source>
        <translation>modifier sa conservation</translation>
    </message>
    <message>
        <source>S&amp;plit lot...</source>
        <translation>&amp;Scinder le lot...</translation>
    </message>
    <message>
        <source>Move part of the selected lot into a new lot</source>
        <translation>Reporter une partie du lot sélectionné dans un nouveau lot</translation>
    </message>
    <message>
        <source>split it</source>
        <translation>le scinder</translation>
    </message>
    <message>
        <source>&amp;Move to another site...</source>
        <translation>&amp;Déplacer vers un autre site...</translation>
    </message>
    <message>
        <source>Move mines of the selected lot to another of your own sites, on one document</source>
        <translation>Déplacer des mines du lot sélectionné vers un autre de vos sites, sur un seul document</translation>
    </message>
    <message>
        <source>move mines of it</source>
        <translation>en déplacer des mines</translation>
    </message>
    <message>
        <source>Stoc&amp;k check...</source>
        <translation>Contrôle de stoc&amp;k...</translation>
    </message>
    <message>
        <source>A blind count of the selected lot</source>
        <translation>Un comptage à l&apos;aveugle du lot sélectionné</translation>
    </message>
    <message>
        <source>record a stock check of it</source>
        <translation>en enregistrer un contrôle de stock</translation>
    </message>
    <message>
        <source>S&amp;uspend...</source>
        <translation>S&amp;uspendre...</translation>
    </message>
    <message>
        <source>Hold back part of the selected lot: legal hold, investigation or safety; it stays surplus</source>
        <translation>Bloquer une partie du lot sélectionné&#xa0;: blocage judiciaire, enquête ou sécurité&#xa0;; elle reste excédentaire</translation>
    </message>
    <message>
        <source>suspend part of it</source>
        <translation>en suspendre une partie</translation>
    </message>
    <message>
        <source>&amp;Lift suspension...</source>
        <translation>&amp;Lever la suspension...</translation>
    </message>
    <message>
        <source>End a suspension of the selected lot: its mines can be scheduled and destroyed again</source>
        <translation>Mettre fin à une suspension du lot sélectionné&#xa0;: ses mines peuvent de nouveau être programmées et détruites</translation>
    </message>
    <message>
        <source>lift one of its suspensions</source>
        <translation>lever l&apos;une de ses suspensions</translation>
    </message>
    <message>
        <source>Re&amp;verse ledger entry...</source>
        <translation>Contre-&amp;passer une écriture...</translation>
    </message>
    <message>
        <source>Correct the selected ledger entry</source>
        <translation>Corriger l&apos;écriture sélectionnée du registre</translation>
    </message>
    <message>
        <source>reverse it</source>
        <translation>la contre-passer</translation>
    </message>
    <message>
        <source>&amp;Schedule destruction...</source>
        <translation>&amp;Programmer la destruction...</translation>
    </message>
    <message>
        <source>Plan the destruction of the selected lots</source>
        <translation>Planifier la destruction des lots sélectionnés</translation>
    </message>
    <message>
        <source>schedule their destruction</source>
        <translation>programmer leur destruction</translation>
    </message>
    <message>
        <source>Record &amp;destruction...</source>
        <translation>Enregistrer une &amp;destruction...</translation>
    </message>
    <message>
        <source>Record what was destroyed, with its certificate</source>
        <translation>Enregistrer ce qui a été détruit, avec son certificat</translation>
    </message>
    <message>
        <source>&amp;Verify certificate...</source>
        <translation>&amp;Vérifier le certificat...</translation>
    </message>
    <message>
        <source>Another person checks the selected event&apos;s certificate</source>
        <translation>Une autre personne contrôle le certificat de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>verify its certificate</source>
        <translation>vérifier son certificat</translation>
    </message>
    <message>
        <source>C&amp;orrect destruction...</source>
        <translation>C&amp;orriger une destruction...</translation>
    </message>
    <message>
        <source>Correct a recorded destruction from its certificate</source>
        <translation>Corriger une destruction enregistrée à partir de son certificat</translation>
    </message>
    <message>
        <source>correct it</source>
        <translation>la corriger</translation>
    </message>
    <message>
        <source>S&amp;hip for task...</source>
        <translation>E&amp;xpédier pour la tâche...</translation>
    </message>
    <message>
        <source>Send mines of the selected task to its destruction site, on one document</source>
        <translation>Envoyer des mines de la tâche sélectionnée vers son site de destruction, sur un seul document</translation>
    </message>
    <message>
        <source>ship its mines</source>
        <translation>en expédier les mines</translation>
    </message>
    <message>
        <source>Record a &amp;return...</source>
        <translation>Enregistrer un re&amp;tour...</translation>
    </message>
    <message>
        <source>Mines shipped for the selected task come back from its destruction site, not destroyed</source>
        <translation>Des mines expédiées pour la tâche sélectionnée reviennent de son site de destruction sans avoir été détruites</translation>
    </message>
    <message>
        <source>record mines coming back from its destruction site</source>
        <translation>enregistrer le retour de mines de son site de destruction</translation>
    </message>
    <message>
        <source>&amp;Close task...</source>
        <translation>&amp;Clore la tâche...</translation>
    </message>
    <message>
        <source>Reconcile and close the selected task</source>
        <translation>Rapprocher et clore la tâche sélectionnée</translation>
    </message>
    <message>
        <source>close it</source>
        <translation>la clore</translation>
    </message>
    <message>
        <source>Resolve &amp;unaccounted loss...</source>
        <translation>Traiter une perte &amp;inexpliquée...</translation>
    </message>
    <message>
        <source>Record what an investigation found for mines a closed task shipped and did not destroy</source>
        <translation>Enregistrer les conclusions d&apos;une enquête sur des mines expédiées par une tâche close et non détruites</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Run the compliance checks and show the dashboard</source>
        <translation>Exécuter les contrôles de conformité et afficher le tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Policy profile...</source>
        <translation>&amp;Profil réglementaire...</translation>
    </message>
    <message>
        <source>Which profile the checks apply, and its dates and rules</source>
        <translation>Le profil appliqué par les contrôles, ses dates et ses règles</translation>
    </message>
    <message>
        <source>Article 7 &amp;texts...</source>
        <translation>&amp;Textes de l&apos;article 7...</translation>
    </message>
    <message>
        <source>The cover, the text forms and the tables&apos; notes of a year&apos;s Article 7 report</source>
        <translation>La page de garde, les formules de texte et les notes des tableaux du rapport d&apos;une année au titre de l&apos;article 7</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Stockpile Tracker</source>
        <translation>À &amp;propos de Stockpile Tracker</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Récemment ou&amp;verts</translation>
    </message>
    <message>
        <source>may administer, record and verify</source>
        <translation>peut administrer, enregistrer et vérifier</translation>
    </message>
    <message>
        <source>may record and verify</source>
        <translation>peut enregistrer et vérifier</translation>
    </message>
    <message>
        <source>may record</source>
        <translation>peut enregistrer</translation>
    </message>
    <message>
        <source>may verify</source>
        <translation>peut vérifier</translation>
    </message>
    <message>
        <source>may only read</source>
        <translation>peut seulement consulter</translation>
    </message>
    <message>
        <source>Your database login may not {action}: it needs the role {role}</source>
        <translation>Votre identifiant de base de données n&apos;a pas le droit d&apos;effectuer cette action ({action})&#xa0;: il lui faut le rôle {role}</translation>
    </message>
    <message>
        <source>Your database login may not {action}: it needs the roles {role}</source>
        <translation>Votre identifiant de base de données n&apos;a pas le droit d&apos;effectuer cette action ({action})&#xa0;: il lui faut les rôles {role}</translation>
    </message>
    <message>
        <source>Operator: {name}; {allowed}</source>
        <translation>Opérateur&#xa0;: {name}&#xa0;; {allowed}</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Opérateur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Stockpile &amp;status...</source>
        <translation>État des &amp;stocks...</translation>
    </message>
    <message>
        <source>Destruction &amp;progress</source>
        <translation>&amp;Avancement de la destruction</translation>
    </message>
    <message>
        <source>&amp;Article 7 forms...</source>
        <translation>&amp;Formules de l&apos;article 7...</translation>
    </message>
    <message>
        <source>&amp;Lot history</source>
        <translation>&amp;Historique du lot</translation>
    </message>
    <message>
        <source>Destruction &amp;certificate</source>
        <translation>&amp;Certificat de destruction</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>MainWindowMessages</name>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Fichiers CSV et classeurs Excel (*.csv *.xlsx);;Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>DEMO - {database} - Stockpile Tracker</source>
        <translation>DÉMONSTRATION - {database} - Stockpile Tracker</translation>
    </message>
    <message>
        <source>{database} - Stockpile Tracker</source>
        <translation>{database} - Stockpile Tracker</translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation>Journal d&apos;audit altéré</translation>
    </message>
    <message>
        <source>The audit log of {database} was changed outside Stockpile Tracker: {problem}. Run &apos;stockpile-tracker db check&apos; for the full list, and restore a backup copy if the change was not authorised.</source>
        <translation>Le journal d&apos;audit de {database} a été modifié en dehors de Stockpile Tracker&#xa0;: {problem}. Exécutez « stockpile-tracker db check » pour obtenir la liste complète, et restaurez une copie de sauvegarde si la modification n&apos;était pas autorisée.</translation>
    </message>
    <message>
        <source>The audit log could not be verified: {reason}</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être vérifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Base de données vide</translation>
    </message>
    <message>
        <source>This database holds no stockpile yet. Open the demo stockpile to explore the program (it is kept in a file of its own, so this database stays empty), or start empty and add your own catalogue and lots.</source>
        <translation>Cette base de données ne contient encore aucun stock. Ouvrez le stock de démonstration pour découvrir le programme (il est conservé dans un fichier distinct&#xa0;: cette base de données reste vide), ou commencez à vide et ajoutez votre propre catalogue et vos lots.</translation>
    </message>
    <message>
        <source>Open the demo stockpile</source>
        <translation>Ouvrir le stock de démonstration</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>Creating the demo stockpile...</source>
        <translation>Création du stock de démonstration...</translation>
    </message>
    <message>
        <source>Demo stockpile created: {lots} lots, {tasks} tasks, {events} destruction events</source>
        <translation>Stock de démonstration créé&#xa0;: {lots} lots, {tasks} tâches, {events} opérations de destruction</translation>
    </message>
    <message>
        <source>Demo stockpile</source>
        <translation>Stock de démonstration</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Stockpile databases (*.db);;All files (*)</source>
        <translation>Bases de données de stocks (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up cancelled: no copy was written to {path}</source>
        <translation>Sauvegarde annulée&#xa0;: aucune copie n&apos;a été écrite dans {path}</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>Sauvegarde impossible</translation>
    </message>
    <message>
        <source>Backed up {database} to {path}</source>
        <translation>{database} sauvegardée dans {path}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Replace the record {record} with the backup copy {path}?

The record as it is now is kept in {folder} as {record}.before-restore-&lt;date and time&gt;. Everyone else must close the record first.</source>
        <translation>Remplacer le registre {record} par la copie de sauvegarde {path}&#xa0;?

Le registre dans son état actuel est conservé dans {folder} sous le nom {record}.before-restore-&lt;date et heure&gt;. Toutes les autres personnes doivent d&apos;abord fermer le registre.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore cancelled: {record} was left as it was</source>
        <translation>Restauration annulée&#xa0;: {record} est resté tel qu&apos;il était</translation>
    </message>
    <message>
        <source>{record} was restored from {source} (db check: ok, 1 lot).</source>
        <translation>{record} a été restauré à partir de {source} (db check&#xa0;: ok, 1 lot).</translation>
    </message>
    <message>
        <source>{record} was restored from {source} (db check: ok, {lots} lots).</source>
        <translation>{record} a été restauré à partir de {source} (db check&#xa0;: ok, {lots} lots).</translation>
    </message>
    <message>
        <source>The record it replaced is kept as {path}.</source>
        <translation>Le registre remplacé est conservé sous {path}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Cannot change operator</source>
        <translation>Changement d&apos;opérateur impossible</translation>
    </message>
    <message>
        <source>The selected lot no longer exists: another user removed it.</source>
        <translation>Le lot sélectionné n&apos;existe plus&#xa0;: un autre utilisateur l&apos;a supprimé.</translation>
    </message>
    <message>
        <source>That lot no longer exists: another user removed it.</source>
        <translation>Ce lot n&apos;existe plus&#xa0;: un autre utilisateur l&apos;a supprimé.</translation>
    </message>
    <message>
        <source>Received lot {lot}: on hand {on_hand}, retained {retained}</source>
        <translation>Lot {lot} réceptionné&#xa0;: en stock {on_hand}, conservées {retained}</translation>
    </message>
    <message>
        <source>Retention changed for lot {lot}: on hand {on_hand}, retained {retained}</source>
        <translation>Conservation modifiée pour le lot {lot}&#xa0;: en stock {on_hand}, conservées {retained}</translation>
    </message>
    <message>
        <source>Split lot {lot}: new lot {new_lot} holds {on_hand}</source>
        <translation>Lot {lot} scindé&#xa0;: le nouveau lot {new_lot} contient {on_hand}</translation>
    </message>
    <message>
        <source>Scheduled task {task} for {date} at {site}: planned {mines}, lots {lots}</source>
        <translation>Tâche {task} programmée pour le {date} à {site}&#xa0;: prévues {mines}, lots {lots}</translation>
    </message>
    <message>
        <source>{quantity} of lot {lot} (now {on_hand} on hand, {awaiting} at destruction sites)</source>
        <translation>{quantity} du lot {lot} (désormais {on_hand} en stock, {awaiting} sur des sites de destruction)</translation>
    </message>
    <message>
        <source>{quantity} of lot {lot} (now {on_hand} on hand)</source>
        <translation>{quantity} du lot {lot} (désormais {on_hand} en stock)</translation>
    </message>
    <message>
        <source>Destroyed {lots} at {site}; certificate {certificate}</source>
        <translation>Détruit&#xa0;: {lots} à {site}&#xa0;; certificat {certificate}</translation>
    </message>
    <message>
        <source>Moved mines of lot {lot}: held at {held}</source>
        <translation>Mines du lot {lot} déplacées&#xa0;: détenues à {held}</translation>
    </message>
    <message>
        <source>Stock check recorded for lot {lot}: on hand {on_hand}, retained {retained}</source>
        <translation>Contrôle de stock enregistré pour le lot {lot}&#xa0;: en stock {on_hand}, conservées {retained}</translation>
    </message>
    <message>
        <source>Reversed entry {entry} of lot {lot}: on hand {on_hand}, retained {retained}</source>
        <translation>Écriture {entry} du lot {lot} contre-passée&#xa0;: en stock {on_hand}, conservées {retained}</translation>
    </message>
    <message>
        <source>Certificate {certificate} corrected: {quantity} destroyed; another person must verify it again</source>
        <translation>Certificat {certificate} corrigé&#xa0;: {quantity} détruites&#xa0;; une autre personne doit le vérifier de nouveau</translation>
    </message>
    <message>
        <source>Certificate {certificate} verified by {person}</source>
        <translation>Certificat {certificate} vérifié par {person}</translation>
    </message>
    <message>
        <source>{report} cancelled</source>
        <translation>{report}&#xa0;: annulé</translation>
    </message>
    <message>
        <source>{report} frozen as submitted</source>
        <translation>{report}&#xa0;: figé comme présenté</translation>
    </message>
    <message>
        <source>There is no destruction programme yet.</source>
        <translation>Il n&apos;existe encore aucun programme de destruction.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Imported {summary}, from {file}</source>
        <translation>Importé&#xa0;: {summary}, depuis {file}</translation>
    </message>
    <message>
        <source>Mine type {designation} added ({category}, {kind})</source>
        <translation>Type de mine {designation} ajouté ({category}, {kind})</translation>
    </message>
    <message>
        <source>Site {code} added ({kind}, {country})</source>
        <translation>Site {code} ajouté ({kind}, {country})</translation>
    </message>
    <message>
        <source>Mine type {designation} corrected; its lots follow</source>
        <translation>Type de mine {designation} corrigé&#xa0;; ses lots suivent</translation>
    </message>
    <message>
        <source>Site {code} corrected</source>
        <translation>Site {code} corrigé</translation>
    </message>
    <message>
        <source>{message} - FLAGGED: {warnings}</source>
        <translation>{message} - SIGNALÉ&#xa0;: {warnings}</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Mines the programme&apos;s profile covers, not items</source>
        <translation>Mines que couvre le profil du programme, et non unités</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruites</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>Du plan</translation>
    </message>
    <message>
        <source>destroyed of what the tasks planned; the dashboard shows progress to the deadline, which a full plan can still miss</source>
        <translation>part détruite de ce que les tâches prévoyaient&#xa0;; le tableau de bord montre l&apos;avancement vers l&apos;échéance, qu&apos;un plan complet peut encore manquer</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tâches ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Mines the active profile covers, not items</source>
        <translation>Mines que couvre le profil actif, et non unités</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiées</translation>
    </message>
    <message>
        <source>Items planned</source>
        <translation>Unités prévues</translation>
    </message>
    <message>
        <source>Items planned, as the ledger counts them: mines, projectiles, dispensers</source>
        <translation>Unités prévues, telles que le registre les compte&#xa0;: mines, projectiles, distributeurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Open tasks only</source>
        <translation>Tâches ouvertes seulement</translation>
    </message>
    <message>
        <source>Search task, lot, site, method, closing note...</source>
        <translation>Rechercher tâche, lot, site, méthode, note de clôture...</translation>
    </message>
    <message>
        <source>Search task, lot, site, method, closing note</source>
        <translation>Rechercher tâche, lot, site, méthode, note de clôture</translation>
    </message>
    <message>
        <source>Record destruction for task...</source>
        <translation>Enregistrer la destruction pour la tâche...</translation>
    </message>
    <message>
        <source>Close task...</source>
        <translation>Clore la tâche...</translation>
    </message>
    <message>
        <source>Loading the destruction plan...</source>
        <translation>Chargement du plan de destruction...</translation>
    </message>
    <message>
        <source>The destruction plan could not be read: {error}</source>
        <translation>Le plan de destruction n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Unaccounted losses under investigation (Destruction, Resolve unaccounted loss):</source>
        <translation>Pertes inexpliquées faisant l&apos;objet d&apos;une enquête (Destruction, Traiter une perte inexpliquée)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PolicyProfileDialog</name>
    <message>
        <source>Policy profile</source>
        <translation>Profil réglementaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The checks and the dashboard apply the active profile, now {profile}.</source>
        <translation>Les contrôles et le tableau de bord appliquent le profil actif, actuellement «&#xa0;{profile}&#xa0;».</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The checks apply this profile (active)</source>
        <translation>Les contrôles appliquent ce profil (actif)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>Destruction deadline</source>
        <translation>Délai de destruction</translation>
    </message>
    <message>
        <source>set per programme</source>
        <translation>fixé par programme</translation>
    </message>
    <message>
        <source> years after entry into force</source>
        <translation> ans après l&apos;entrée en vigueur</translation>
    </message>
    <message>
        <source>Retention permitted</source>
        <translation>Conservation autorisée</translation>
    </message>
    <message>
        <source>Governs (categories)</source>
        <translation>Régit (catégories)</translation>
    </message>
    <message>
        <source>Governs (activation)</source>
        <translation>Régit (déclenchement)</translation>
    </message>
    <message>
        <source>Korea reserve must be held in the Republic of Korea</source>
        <translation>La réserve pour la Corée doit être détenue en République de Corée</translation>
    </message>
    <message>
        <source>State a requirement...</source>
        <translation>Déclarer un besoin...</translation>
    </message>
    <message>
        <source>Korea requirement</source>
        <translation>Besoin pour la Corée</translation>
    </message>
    <message>
        <source>Acquisition banned</source>
        <translation>Acquisition interdite</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>Transfers out only for destruction</source>
        <translation>Transferts sortants uniquement aux fins de destruction</translation>
    </message>
    <message>
        <source>Flag a rise of Article 3 stock between two years</source>
        <translation>Signaler une hausse des stocks conservés au titre de l&apos;article 3 d&apos;une année sur l&apos;autre</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>takes effect on</source>
        <translation>prend effet le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>Motif d&apos;une modification</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <source>Korea retention not permitted</source>
        <translation>Conservation pour la Corée non autorisée</translation>
    </message>
    <message>
        <source>Policy profile {profile} saved; the checks now apply {active}</source>
        <translation>Profil réglementaire «&#xa0;{profile}&#xa0;» enregistré&#xa0;; les contrôles appliquent désormais le profil «&#xa0;{active}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>US anti-personnel landmine policy (June 2022)</source>
        <translation>Politique américaine sur les mines antipersonnel (juin 2022)</translation>
    </message>
    <message>
        <source>Ottawa Convention (Mine Ban Treaty, 1997)</source>
        <translation>Convention d&apos;Ottawa (Convention sur l&apos;interdiction des mines antipersonnel, 1997)</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>none (nothing destroyed lately)</source>
        <translation>aucune (rien n&apos;a été détruit récemment)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Profil réglementaire</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Scheduled in tasks (not cancelled)</source>
        <translation>Programmées dans des tâches (non annulées)</translation>
    </message>
    <message>
        <source>Destroyed to date</source>
        <translation>Détruites à ce jour</translation>
    </message>
    <message>
        <source>Surplus still held</source>
        <translation>Excédent encore détenu</translation>
    </message>
    <message>
        <source>of which reserved for Korea beyond the requirement (kept until released)</source>
        <translation>dont réservées pour la Corée au-delà du besoin (conservées jusqu&apos;à leur libération)</translation>
    </message>
    <message>
        <source>Shipped, not yet reported destroyed</source>
        <translation>Expédiées, destruction non encore déclarée</translation>
    </message>
    <message>
        <source>Unaccounted for (tasks closed short, under investigation)</source>
        <translation>Inexpliquées (tâches clôturées avec écart, en cours d&apos;enquête)</translation>
    </message>
    <message>
        <source>Rate, last six full months</source>
        <translation>Rythme, six derniers mois complets</translation>
    </message>
    <message>
        <source>{rate} a month</source>
        <translation>{rate} par mois</translation>
    </message>
    <message>
        <source>Forecast completion</source>
        <translation>Achèvement prévu</translation>
    </message>
    <message>
        <source>On track for the deadline</source>
        <translation>Dans les délais de l&apos;échéance</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Destroyed per month against plan</source>
        <translation>Détruites par mois par rapport au plan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruites</translation>
    </message>
    <message>
        <source>Cumulative planned</source>
        <translation>Prévues, cumul</translation>
    </message>
    <message>
        <source>Cumulative destroyed</source>
        <translation>Détruites, cumul</translation>
    </message>
    <message>
        <source>Destruction progress - {programme}</source>
        <translation>Avancement de la destruction - {programme}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <source>The forecast divides what must still be destroyed (the surplus held, the mines shipped but not yet reported destroyed and those unaccounted for) by the average destroyed a month over the last six full months.</source>
        <translation>La prévision divise ce qui reste à détruire (l&apos;excédent détenu, les mines expédiées dont la destruction n&apos;est pas encore déclarée et les mines inexpliquées) par la moyenne mensuelle des destructions des six derniers mois complets.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévues</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>détruites</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <source>all surplus gone</source>
        <translation>tout l&apos;excédent détruit</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>conservées</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>excédent</translation>
    </message>
    <message>
        <source>at destruction sites</source>
        <translation>sur les sites de destruction</translation>
    </message>
    <message>
        <source>Cumulative destroyed against plan and deadline</source>
        <translation>Détruites en cumul par rapport au plan et à l&apos;échéance</translation>
    </message>
    <message>
        <source>others ({count})</source>
        <translation>autres ({count})</translation>
    </message>
    <message>
        <source>Stock by type, in mines</source>
        <translation>Stock par type, en mines</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Le fichier %1 existe déjà.
Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fichier introuvable.
Vérifiez que le nom du fichier est correct.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Nom de fichier non valide</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Ordre des pages&#xa0;:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages par &amp;feuille&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 est un dossier.
Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Impossible d&apos;écrire dans le fichier %1.
Choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Jeu de pages&#xa0;:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Impression recto verso</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Reliure côté long</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Reliure côté court</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Indiquez des pages ou des plages séparées par des virgules. Une plage est faite de deux nombres séparés par un tiret. Par exemple&#xa0;: 3,5-7,9 imprime les pages 3, 5, 6, 7 et 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Fichier de sortie&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QSidebar</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>RecordsReport</name>
    <message>
        <source>serviceable (issue without qualification)</source>
        <translation>en état de service (délivrable sans réserve)</translation>
    </message>
    <message>
        <source>serviceable (with qualification)</source>
        <translation>en état de service (avec réserve)</translation>
    </message>
    <message>
        <source>serviceable (priority issue)</source>
        <translation>en état de service (délivrance prioritaire)</translation>
    </message>
    <message>
        <source>serviceable (test/modification)</source>
        <translation>en état de service (essai/modification)</translation>
    </message>
    <message>
        <source>unserviceable (limited restoration)</source>
        <translation>hors service (remise en état limitée)</translation>
    </message>
    <message>
        <source>unserviceable (reparable)</source>
        <translation>hors service (réparable)</translation>
    </message>
    <message>
        <source>unserviceable (incomplete)</source>
        <translation>hors service (incomplet)</translation>
    </message>
    <message>
        <source>unserviceable (condemned)</source>
        <translation>hors service (réformé)</translation>
    </message>
    <message>
        <source>suspended (in stock)</source>
        <translation>suspendu (en stock)</translation>
    </message>
    <message>
        <source>suspended (returns)</source>
        <translation>suspendu (retours)</translation>
    </message>
    <message>
        <source>suspended (litigation)</source>
        <translation>suspendu (litige)</translation>
    </message>
    <message>
        <source>suspended (in work)</source>
        <translation>suspendu (en cours de travaux)</translation>
    </message>
    <message>
        <source>suspended (emergency combat use only)</source>
        <translation>suspendu (emploi au combat en urgence uniquement)</translation>
    </message>
    <message>
        <source>unserviceable (reclamation)</source>
        <translation>hors service (récupération)</translation>
    </message>
    <message>
        <source>suspended (quality deficiency)</source>
        <translation>suspendu (défaut de qualité)</translation>
    </message>
    <message>
        <source>suspended (awaiting condition determination)</source>
        <translation>suspendu (en attente de détermination de l&apos;état)</translation>
    </message>
    <message>
        <source>unserviceable (scrap)</source>
        <translation>hors service (ferraille)</translation>
    </message>
    <message>
        <source>unserviceable (waste military munitions)</source>
        <translation>hors service (déchets de munitions militaires)</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>{items} items, {mines} mines</source>
        <translation>{items} unités, {mines} mines</translation>
    </message>
    <message>
        <source>none held</source>
        <translation>aucune détenue</translation>
    </message>
    <message>
        <source>surplus, at destruction sites</source>
        <translation>excédent, sur les sites de destruction</translation>
    </message>
    <message>
        <source>not covered, at destruction sites</source>
        <translation>non couvertes, sur les sites de destruction</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>excédent</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>non couvertes</translation>
    </message>
    <message>
        <source>{retention} + surplus</source>
        <translation>{retention} + excédent</translation>
    </message>
    <message>
        <source>{retention} + not covered</source>
        <translation>{retention} + non couvertes</translation>
    </message>
    <message>
        <source>at destruction sites {sites}</source>
        <translation>sur les sites de destruction {sites}</translation>
    </message>
    <message>
        <source>{places} (items)</source>
        <translation>{places} (unités)</translation>
    </message>
    <message>
        <source>{places} (items of {contents} each)</source>
        <translation>{places} (unités de {contents} chacune)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>{type} ({category}, {self_destruction})</source>
        <translation>{type} ({category}, {self_destruction})</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>{site} ({country}), its home</source>
        <translation>{site} ({country}), son site d&apos;attache</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Détenues à</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{code} - {condition}</source>
        <translation>{code} - {condition}</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Champ d&apos;application</translation>
    </message>
    <message>
        <source>covered by {profile}</source>
        <translation>couvert par le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>not covered by {profile}</source>
        <translation>non couvert par le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>Mines per item</source>
        <translation>Mines par unité</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Détenues</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmées</translation>
    </message>
    <message>
        <source>At destruction sites</source>
        <translation>Sur les sites de destruction</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruites</translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation>Inexpliquées</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Held after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>The total of the quantities is what the lot holds: on hand and at destruction sites.</source>
        <translation>Le total des quantités correspond à ce que le lot détient&#xa0;: en stock et sur les sites de destruction.</translation>
    </message>
    <message>
        <source>Retention decisions</source>
        <translation>Décisions de conservation</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>released</source>
        <translation>libérées</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation>Levée le</translation>
    </message>
    <message>
        <source>Lifted by</source>
        <translation>Levée par</translation>
    </message>
    <message>
        <source>Why lifted</source>
        <translation>Motif de la levée</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Suspended mines are to be destroyed once the suspension is lifted: surplus at the lot&apos;s home, or mines shipped for destruction where the Where column says so (held there, not destroyed, sent back or lost meanwhile).</source>
        <translation>Les mines suspendues sont à détruire dès la levée de la suspension&#xa0;: excédent au site d&apos;attache du lot, ou mines expédiées pour destruction lorsque la colonne Lieu l&apos;indique (détenues sur place, ni détruites, ni renvoyées, ni perdues entre-temps).</translation>
    </message>
    <message>
        <source>Unaccounted losses</source>
        <translation>Pertes inexpliquées</translation>
    </message>
    <message>
        <source>Lot history - {lot}</source>
        <translation>Historique du lot - {lot}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <source>{verifier}, {date}</source>
        <translation>{verifier}, le {date}</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NON VÉRIFIÉ</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro du certificat</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Items destroyed</source>
        <translation>Unités détruites</translation>
    </message>
    <message>
        <source>Items certified</source>
        <translation>Unités certifiées</translation>
    </message>
    <message>
        <source>AP mines in them</source>
        <translation>Mines AP qu&apos;elles contenaient</translation>
    </message>
    <message>
        <source>AV mines in them</source>
        <translation>Mines AV qu&apos;elles contenaient</translation>
    </message>
    <message>
        <source>Destruction certificate {number}</source>
        <translation>Certificat de destruction {number}</translation>
    </message>
    <message>
        <source>destroyed {date}</source>
        <translation>détruites le {date}</translation>
    </message>
    <message>
        <source>Recorded and verified under one operating-system login ({login}): where the names typed are the identity (a SQLite file), nothing else tells the two people apart.</source>
        <translation>Enregistré et vérifié sous un même identifiant du système d&apos;exploitation ({login})&#xa0;: lorsque les noms saisis font foi de l&apos;identité (un fichier SQLite), rien d&apos;autre ne distingue les deux personnes.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>{title} - {period} - printed {when} by {name}</source>
        <translation>{title} - {period} - imprimé le {when} par {name}</translation>
    </message>
    <message>
        <source>{footer} - seal {seal}</source>
        <translation>{footer} - sceau {seal}</translation>
    </message>
    <message>
        <source>Printed {when} by {name} with {program}, in {language}</source>
        <translation>Imprimé le {when} par {name} avec {program}, en {language}</translation>
    </message>
    <message>
        <source>Seal {seal}: where the record&apos;s audit log stood when this was printed. Keep it: {command} proves later that the record&apos;s history up to here was not rewritten.</source>
        <translation>Sceau {seal}&#xa0;: l&apos;état du journal d&apos;audit du registre au moment de cette impression. Conservez-le&#xa0;: {command} prouvera ultérieurement que l&apos;historique du registre jusqu&apos;à ce point n&apos;a pas été réécrit.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Signature: {blank}</source>
        <translation>Signature&#xa0;: {blank}</translation>
    </message>
    <message>
        <source>Date: {blank}</source>
        <translation>Date&#xa0;: {blank}</translation>
    </message>
    <message>
        <source>filter: {selection}</source>
        <translation>filtre&#xa0;: {selection}</translation>
    </message>
    <message>
        <source>seal {seal}</source>
        <translation>sceau {seal}</translation>
    </message>
    <message>
        <source>page {number} of {pages}</source>
        <translation>page {number} sur {pages}</translation>
    </message>
    <message>
        <source>anti-personnel</source>
        <translation>antipersonnel</translation>
    </message>
    <message>
        <source>anti-vehicle</source>
        <translation>antivéhicule</translation>
    </message>
    <message>
        <source>victim-activated</source>
        <translation>déclenchées par la victime</translation>
    </message>
    <message>
        <source>command-detonated</source>
        <translation>déclenchées sur commande</translation>
    </message>
    <message>
        <source>activated either way</source>
        <translation>déclenchées de l&apos;une ou l&apos;autre manière</translation>
    </message>
    <message>
        <source>{categories} mines that are {activations}</source>
        <translation>les mines {categories} {activations}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Freeze as submitted</source>
        <translation>Figer comme présenté</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <source>Freeze this report as submitted ({report})? It will print the same forever, with the submission on its cover; later corrections go into the next year.</source>
        <translation>Figer ce rapport comme présenté ({report})&#xa0;? Il s&apos;imprimera à l&apos;identique pour toujours, avec la présentation sur sa page de garde&#xa0;; les corrections ultérieures iront dans l&apos;année suivante.</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Date de présentation</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <translation>Référence (facultative)</translation>
    </message>
    <message>
        <source>type the day the report was submitted (YYYY-MM-DD)</source>
        <translation>saisissez la date de présentation du rapport (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{typed} is not a date (YYYY-MM-DD)</source>
        <translation>{typed} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Année civile</translation>
    </message>
    <message>
        <source>{report}: reading the record</source>
        <translation>{report}&#xa0;: lecture du registre</translation>
    </message>
    <message>
        <source>{report}: laying it out</source>
        <translation>{report}&#xa0;: mise en page</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Pages of the report</source>
        <translation>Pages du rapport</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Enregistrer en PDF...</translation>
    </message>
    <message>
        <source>Save tables as CSV...</source>
        <translation>Enregistrer les tableaux en CSV...</translation>
    </message>
    <message>
        <source>Save as DOCX...</source>
        <translation>Enregistrer en DOCX...</translation>
    </message>
    <message>
        <source>Save as Excel...</source>
        <translation>Enregistrer en Excel...</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer en&#xa0;:</translation>
    </message>
    <message>
        <source>Freeze as submitted...</source>
        <translation>Figer comme présenté...</translation>
    </message>
    <message>
        <source>Cannot freeze yet: {reason}</source>
        <translation>Impossible de figer pour l&apos;instant&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Fichiers PDF</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Classeurs Excel</translation>
    </message>
    <message>
        <source>Save {report}</source>
        <translation>Enregistrer&#xa0;: {report}</translation>
    </message>
    <message>
        <source>Saving cancelled: {path} was not written</source>
        <translation>Enregistrement annulé&#xa0;: {path} n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ResolveLossDialog</name>
    <message>
        <source>task {task}, lot {lot} ({type}): {unaccounted} unaccounted for: {when}</source>
        <translation>tâche {task}, lot {lot} ({type})&#xa0;: {unaccounted} inexpliquées&#xa0;: {when}</translation>
    </message>
    <message>
        <source>task closed short {closed}</source>
        <translation>tâche clôturée avec écart le {closed}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>shipped {shipped}, task closed short {closed}</source>
        <translation>expédiées {shipped}, tâche clôturée avec écart le {closed}</translation>
    </message>
    <message>
        <source>Resolve unaccounted loss</source>
        <translation>Traiter une perte inexpliquée</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Traiter</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No unaccounted loss is open: every task closed short has been resolved.</source>
        <translation>Aucune perte inexpliquée n&apos;est ouverte&#xa0;: toutes les tâches clôturées avec écart ont été traitées.</translation>
    </message>
    <message>
        <source>the return document, e.g. the manifest</source>
        <translation>le document de retour, p. ex. le manifeste</translation>
    </message>
    <message>
        <source>the certificate number</source>
        <translation>le numéro du certificat</translation>
    </message>
    <message>
        <source>the authority&apos;s reference</source>
        <translation>la référence de l&apos;autorité</translation>
    </message>
    <message>
        <source>Loss of task {task}, lot {lot}: {unaccounted} still unaccounted for</source>
        <translation>Perte de la tâche {task}, lot {lot}&#xa0;: {unaccounted} toujours inexpliquées</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>conservation: every mine is accounted for and stock never goes below zero</source>
        <translation>conservation&#xa0;: chaque mine est comptabilisée et le stock ne descend jamais sous zéro</translation>
    </message>
    <message>
        <source>append-only ledger: entries are never changed; a mistake is corrected by a reversal</source>
        <translation>registre en ajout seul&#xa0;: les écritures ne sont jamais modifiées&#xa0;; une erreur se corrige par une contre-passation</translation>
    </message>
    <message>
        <source>retention lock: retained mines cannot be scheduled, moved or destroyed</source>
        <translation>verrou de conservation&#xa0;: les mines conservées ne peuvent être ni planifiées, ni déplacées, ni détruites</translation>
    </message>
    <message>
        <source>allocation: what is scheduled for destruction cannot exceed the surplus</source>
        <translation>affectation&#xa0;: ce qui est prévu pour destruction ne peut dépasser l&apos;excédent</translation>
    </message>
    <message>
        <source>suspension: suspended mines are surplus, but cannot be scheduled, moved or destroyed</source>
        <translation>suspension&#xa0;: les mines suspendues sont excédentaires, mais ne peuvent être ni planifiées, ni déplacées, ni détruites</translation>
    </message>
    <message>
        <source>surplus to schedule: all surplus is scheduled for destruction</source>
        <translation>excédent à planifier&#xa0;: tout l&apos;excédent est prévu pour destruction</translation>
    </message>
    <message>
        <source>policy: only the retention the policy permits</source>
        <translation>politique&#xa0;: seulement la conservation que la politique permet</translation>
    </message>
    <message>
        <source>scope: what the profile governs; other stock is shown apart</source>
        <translation>champ&#xa0;: ce que le profil régit&#xa0;; les autres stocks sont montrés à part</translation>
    </message>
    <message>
        <source>persistent mines: kept only for training</source>
        <translation>mines persistantes&#xa0;: conservées seulement pour la formation</translation>
    </message>
    <message>
        <source>Korea reserve: for the defence of the Republic of Korea, no more than required</source>
        <translation>réserve de Corée&#xa0;: pour la défense de la République de Corée, pas plus que nécessaire</translation>
    </message>
    <message>
        <source>acquisition ban: no mines acquired after the ban</source>
        <translation>interdiction d&apos;acquisition&#xa0;: aucune mine acquise après l&apos;interdiction</translation>
    </message>
    <message>
        <source>transfers: only for destruction</source>
        <translation>transferts&#xa0;: seulement pour destruction</translation>
    </message>
    <message>
        <source>Article 3: only the minimum number absolutely necessary</source>
        <translation>article 3&#xa0;: seulement le nombre minimum absolument nécessaire</translation>
    </message>
    <message>
        <source>deadlines: all surplus destroyed by the deadline</source>
        <translation>échéances&#xa0;: tout l&apos;excédent détruit avant l&apos;échéance</translation>
    </message>
    <message>
        <source>Article 7 reports: the initial one within 180 days, then one by each 30 April</source>
        <translation>rapports au titre de l&apos;article 7&#xa0;: le rapport initial dans les 180 jours, puis un avant chaque 30 avril</translation>
    </message>
    <message>
        <source>reconciliation: shipped, destroyed and certified agree</source>
        <translation>rapprochement&#xa0;: expédié, détruit et certifié concordent</translation>
    </message>
    <message>
        <source>four eyes: a second person verifies</source>
        <translation>quatre yeux&#xa0;: une deuxième personne vérifie</translation>
    </message>
    <message>
        <source>terminal states: what is final takes no further change</source>
        <translation>états finaux&#xa0;: ce qui est final n&apos;accepte plus de changement</translation>
    </message>
    <message>
        <source>dates: none in the future or before the lot existed</source>
        <translation>dates&#xa0;: aucune dans le futur ni avant l&apos;existence du lot</translation>
    </message>
    <message>
        <source>the database&apos;s own checks</source>
        <translation>les contrôles propres de la base de données</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>not covered by {profile}</source>
        <translation>non couvertes par le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>covered by {profile}</source>
        <translation>couvertes par le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>there is no database at {file}: check the path</source>
        <translation>il n&apos;y a pas de base de données à {file}&#xa0;: vérifiez le chemin</translation>
    </message>
    <message>
        <source>{target} is the database ({name}): choose another file</source>
        <translation>{target} est la base de données ({name})&#xa0;: choisissez un autre fichier</translation>
    </message>
    <message>
        <source>on this database {login} records under its own login; another person signs in with theirs</source>
        <translation>sur cette base de données, {login} enregistre sous son propre identifiant&#xa0;; une autre personne se connecte avec le sien</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted does not match the digest recorded when it was frozen: changed outside the program</source>
        <translation>le rapport {kind} pour {period} figé comme présenté ne correspond pas à l&apos;empreinte enregistrée quand il a été figé&#xa0;: modifié en dehors du programme</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted has no audit entry of its freeze with its digest: added or changed outside the program</source>
        <translation>le rapport {kind} pour {period} figé comme présenté n&apos;a pas d&apos;entrée d&apos;audit de son figement avec son empreinte&#xa0;: ajouté ou modifié en dehors du programme</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted (row id = {id} of table frozen_report) is not in the audit log: added outside the program</source>
        <translation>le rapport {kind} pour {period} figé comme présenté (ligne id = {id} de la table frozen_report) ne figure pas dans le journal d&apos;audit&#xa0;: ajouté en dehors du programme</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted (row id = {id} of table frozen_report) was changed outside the program since audit entry {entry} recorded it: its title, footer or another part it prints differs</source>
        <translation>le rapport {kind} pour {period} figé comme présenté (ligne id = {id} de la table frozen_report) a été modifié en dehors du programme depuis que l&apos;entrée d&apos;audit {entry} l&apos;a enregistré&#xa0;: son titre, son pied de page ou une autre partie imprimée diffère</translation>
    </message>
    <message>
        <source>certificate {number} (row id = {id} of table {table}) is not in the audit log: added outside the program</source>
        <translation>le certificat {number} (ligne id = {id} de la table {table}) ne figure pas dans le journal d&apos;audit&#xa0;: ajouté en dehors du programme</translation>
    </message>
    <message>
        <source>certificate {number} (row id = {id} of table {table}) was changed outside the program since audit entry {entry} recorded it: what it certifies differs</source>
        <translation>le certificat {number} (ligne id = {id} de la table {table}) a été modifié en dehors du programme depuis que l&apos;entrée d&apos;audit {entry} l&apos;a enregistré&#xa0;: ce qu&apos;il certifie diffère</translation>
    </message>
    <message>
        <source>lot {number} (row id = {id} of table {table}) is not in the audit log: added outside the program</source>
        <translation>le lot {number} (ligne id = {id} de la table {table}) ne figure pas dans le journal d&apos;audit&#xa0;: ajouté en dehors du programme</translation>
    </message>
    <message>
        <source>lot {number} (row id = {id} of table {table}) was changed outside the program since audit entry {entry} recorded it: what its history shows differs</source>
        <translation>le lot {number} (ligne id = {id} de la table {table}) a été modifié en dehors du programme depuis que l&apos;entrée d&apos;audit {entry} l&apos;a enregistré&#xa0;: ce que montre son historique diffère</translation>
    </message>
    <message>
        <source>{year} is before {name} took effect ({effective_on}): no report is owed for it</source>
        <translation>{year} est antérieure à l&apos;entrée en vigueur du profil «&#xa0;{name}&#xa0;» ({effective_on})&#xa0;: aucun rapport n&apos;est dû pour cette année</translation>
    </message>
    <message>
        <source>say when the report was submitted</source>
        <translation>indiquez quand le rapport a été présenté</translation>
    </message>
    <message>
        <source>say which record it was built from (ArchiveService.record_as_of)</source>
        <translation>indiquez de quel état des registres il a été tiré (ArchiveService.record_as_of)</translation>
    </message>
    <message>
        <source>the {title} was frozen on {frozen_at} by {frozen_by}; later corrections go into the next period</source>
        <translation>le {title} a été figé le {frozen_at} par {frozen_by}&#xa0;; les corrections ultérieures vont dans la période suivante</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted is no longer in the record: deleted outside the program</source>
        <translation>le rapport {kind} pour {period} figé comme présenté ne figure plus dans le registre&#xa0;: supprimé en dehors du programme</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted changed while it was read</source>
        <translation>le rapport {kind} pour {period} figé comme présenté a changé pendant sa lecture</translation>
    </message>
    <message>
        <source>{why}; it is not printed: restore a backup copy and run db check</source>
        <translation>{why}&#xa0;; il n&apos;est pas imprimé&#xa0;: restaurez une copie de sauvegarde et lancez db check</translation>
    </message>
    <message>
        <source>{on} is not a date</source>
        <translation>{on} n&apos;est pas une date</translation>
    </message>
    <message>
        <source>{on} is before the end of {year}</source>
        <translation>{on} est antérieure à la fin de {year}</translation>
    </message>
    <message>
        <source>{on} is in the future</source>
        <translation>{on} est dans le futur</translation>
    </message>
    <message>
        <source>{year} is not a calendar year from {first_year}</source>
        <translation>{year} n&apos;est pas une année civile à partir de {first_year}</translation>
    </message>
    <message>
        <source>{year} has not begun</source>
        <translation>{year} n&apos;a pas commencé</translation>
    </message>
    <message>
        <source>{year} is not over: its report is provisional</source>
        <translation>l&apos;année {year} n&apos;est pas terminée&#xa0;: son rapport est provisoire</translation>
    </message>
    <message>
        <source>{part} is not a part of the Article 7 report (one of {names})</source>
        <translation>{part} n&apos;est pas une partie du rapport au titre de l&apos;article 7 (l&apos;une de {names})</translation>
    </message>
    <message>
        <source>say what to write</source>
        <translation>indiquez quoi écrire</translation>
    </message>
    <message>
        <source>the Article 7 report for {year} was frozen as submitted on {frozen_at} by {frozen_by}, and nothing was saved: write into {next_year}</source>
        <translation>le rapport au titre de l&apos;article 7 pour {year} a été figé comme présenté le {frozen_at} par {frozen_by}, et rien n&apos;a été enregistré&#xa0;: écrivez dans {next_year}</translation>
    </message>
    <message>
        <source>is recorded when the report is frozen as submitted</source>
        <translation>est enregistré lorsque le rapport est figé comme présenté</translation>
    </message>
    <message>
        <source>{line} is not an e-mail address (name@domain, without spaces)</source>
        <translation>{line} n&apos;est pas une adresse électronique (nom@domaine, sans espaces)</translation>
    </message>
    <message>
        <source>the audit log&apos;s head says entry {head} but the log ends at entry {last}: it was changed outside Stockpile Tracker; nothing was written: run &apos;stockpile-tracker db check&apos;</source>
        <translation>la tête du journal d&apos;audit indique l&apos;entrée {head} mais le journal se termine à l&apos;entrée {last}&#xa0;: il a été modifié en dehors de Stockpile Tracker&#xa0;; rien n&apos;a été écrit&#xa0;: lancez &apos;stockpile-tracker db check&apos;</translation>
    </message>
    <message>
        <source>the record changed after {what} ({changes}, and more): nothing was done; look at it again</source>
        <translation>les registres ont changé après {what} ({changes}, et d&apos;autres)&#xa0;: rien n&apos;a été fait&#xa0;; consultez-les à nouveau</translation>
    </message>
    <message>
        <source>the record changed after {what} ({changes}): nothing was done; look at it again</source>
        <translation>les registres ont changé après {what} ({changes})&#xa0;: rien n&apos;a été fait&#xa0;; consultez-les à nouveau</translation>
    </message>
    <message>
        <source>{text} is not a seal: it is the entry count, a dash and 16 hex digits</source>
        <translation>{text} n&apos;est pas un sceau&#xa0;: c&apos;est le nombre d&apos;entrées, un tiret et 16 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>cannot back up {path}: there is no database there</source>
        <translation>impossible de sauvegarder {path}&#xa0;: il n&apos;y a pas de base de données à cet endroit</translation>
    </message>
    <message>
        <source>{target} already exists: give another name, or remove it first</source>
        <translation>{target} existe déjà&#xa0;: donnez un autre nom, ou supprimez-le d&apos;abord</translation>
    </message>
    <message>
        <source>cannot write the backup copy {target}: {reason}</source>
        <translation>impossible d&apos;écrire la copie de sauvegarde {target}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot back up {path}: {reason}</source>
        <translation>impossible de sauvegarder {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{source} is the database itself: choose a backup copy</source>
        <translation>{source} est la base de données elle-même&#xa0;: choisissez une copie de sauvegarde</translation>
    </message>
    <message>
        <source>{source} does not exist or is not a file</source>
        <translation>{source} n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>cannot restore {path}: folder {parent} does not exist</source>
        <translation>impossible de restaurer {path}&#xa0;: le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{source} has a journal beside it ({name}), which SQLite would read into it: a backup the program made has none; move the journal away, or choose another backup</source>
        <translation>{source} a un journal à côté de lui ({name}), que SQLite y intégrerait&#xa0;: une sauvegarde faite par le programme n&apos;en a pas&#xa0;; déplacez le journal, ou choisissez une autre sauvegarde</translation>
    </message>
    <message>
        <source>{where} was not restored: {reason}</source>
        <translation>{where} n&apos;a pas été restaurée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{where} was not restored: it fails SQLite&apos;s integrity check: {result}</source>
        <translation>{where} n&apos;a pas été restaurée&#xa0;: elle échoue au contrôle d&apos;intégrité de SQLite&#xa0;: {result}</translation>
    </message>
    <message>
        <source>{where} was not restored: it is not a Stockpile Tracker database (its lots, ledger, audit log or schema revision are missing)</source>
        <translation>{where} n&apos;a pas été restaurée&#xa0;: ce n&apos;est pas une base de données Stockpile Tracker (ses lots, son registre, son journal d&apos;audit ou sa révision de schéma manquent)</translation>
    </message>
    <message>
        <source>{where} was not restored: its schema revision cannot be read</source>
        <translation>{where} n&apos;a pas été restaurée&#xa0;: sa révision de schéma est illisible</translation>
    </message>
    <message>
        <source>{where} was not restored: it was written by a newer Stockpile Tracker (schema {revision}); this program knows schema {head}: install the newer program to restore it</source>
        <translation>{where} n&apos;a pas été restaurée&#xa0;: elle a été écrite par un Stockpile Tracker plus récent (schéma {revision})&#xa0;; ce programme connaît le schéma {head}&#xa0;: installez le programme plus récent pour la restaurer</translation>
    </message>
    <message>
        <source>must be from 1 to {max_kept}, not {kept}</source>
        <translation>doit être compris entre 1 et {max_kept}, pas {kept}</translation>
    </message>
    <message>
        <source>{source} was not restored: db check finds {count} problem(s) in it, the first: {problem}; the database was left as it was</source>
        <translation>{source} n&apos;a pas été restaurée&#xa0;: db check y trouve {count} problème(s), le premier&#xa0;: {problem}&#xa0;; la base de données est restée telle quelle</translation>
    </message>
    <message>
        <source>{source} was not restored: {reason}; the database was left as it was</source>
        <translation>{source} n&apos;a pas été restaurée&#xa0;: {reason}&#xa0;; la base de données est restée telle quelle</translation>
    </message>
    <message>
        <source>the record is on PostgreSQL ({url}): {on_postgresql}</source>
        <translation>les registres sont sur PostgreSQL ({url})&#xa0;: {on_postgresql}</translation>
    </message>
    <message>
        <source>the database is in memory: there is no file to back up or restore</source>
        <translation>la base de données est en mémoire&#xa0;: il n&apos;y a pas de fichier à sauvegarder ou à restaurer</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name</source>
        <translation>{target} est un dossier&#xa0;: donnez un nom de fichier</translation>
    </message>
    <message>
        <source>{target} is not a plain file: give a file name</source>
        <translation>{target} n&apos;est pas un fichier ordinaire&#xa0;: donnez un nom de fichier</translation>
    </message>
    <message>
        <source>folder {parent} does not exist</source>
        <translation>le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{journal} is beside {target}: SQLite would mix it into the copy when it is opened; remove it or choose another name</source>
        <translation>{journal} est à côté de {target}&#xa0;: SQLite le mêlerait à la copie à son ouverture&#xa0;; supprimez-le ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>the number of upgrade backups to keep was changed outside Stockpile Tracker into {value}: set it again with &apos;settings --keep-upgrade-backups N&apos;</source>
        <translation>le nombre de sauvegardes avant mise à niveau à conserver a été modifié en dehors de Stockpile Tracker en {value}&#xa0;: redéfinissez-le avec &apos;settings --keep-upgrade-backups N&apos;</translation>
    </message>
    <message>
        <source>lot {lot_number} ({designation}): at the end of {day} {held_back} would be {kept} but only {on_hand} on hand; {kept} mines cannot leave the lot</source>
        <translation>lot {lot_number} ({designation})&#xa0;: à la fin du {day}, {held_back} seraient {kept} mais seulement {on_hand} en stock&#xa0;; {kept} mines ne peuvent pas quitter le lot</translation>
    </message>
    <message>
        <source>{breach}; lift the suspension first</source>
        <translation>{breach}&#xa0;; levez d&apos;abord la suspension</translation>
    </message>
    <message>
        <source>{kind} {reference}: {quantity}</source>
        <translation>{kind} {reference}&#xa0;: {quantity}</translation>
    </message>
    <message>
        <source>{name}: on hand would be {on_hand}; it cannot go below zero</source>
        <translation>{name}&#xa0;: le stock serait de {on_hand}&#xa0;; il ne peut pas descendre sous zéro</translation>
    </message>
    <message>
        <source>{name}: {retained} are retained but only {on_hand} would be on hand; change the retention first</source>
        <translation>{name}&#xa0;: {retained} sont conservées mais seulement {on_hand} seraient en stock&#xa0;; modifiez d&apos;abord la conservation</translation>
    </message>
    <message>
        <source>{name}: {suspended} are suspended ({suspensions}) but only {surplus} would be surplus; lift the suspension first</source>
        <translation>{name}&#xa0;: {suspended} sont suspendues ({suspensions}) mais seulement {surplus} seraient excédentaires&#xa0;; levez d&apos;abord la suspension</translation>
    </message>
    <message>
        <source>{name}: {scheduled} are scheduled for destruction but only {free} would be surplus not suspended; change the destruction tasks first</source>
        <translation>{name}&#xa0;: {scheduled} sont prévues pour destruction mais seulement {free} seraient excédentaires non suspendues&#xa0;; modifiez d&apos;abord les tâches de destruction</translation>
    </message>
    <message>
        <source>{name}: {away} of its {on_hand} on hand would be at its other sites, so only {at_home} at {home}, its home, for the {retained} retained, {suspended} suspended and {scheduled} scheduled, which stay there; move mines back first</source>
        <translation>{name}&#xa0;: {away} de ses {on_hand} en stock seraient sur ses autres sites, donc seulement {at_home} à {home}, son site d&apos;attache, pour les {retained} conservées, {suspended} suspendues et {scheduled} prévues, qui y restent&#xa0;; ramenez d&apos;abord des mines</translation>
    </message>
    <message>
        <source>{name}: it would have received {received}, more than the {max_quantity} a lot can hold; record the rest as a lot of its own</source>
        <translation>{name}&#xa0;: il aurait reçu {received}, plus que les {max_quantity} qu&apos;un lot peut contenir&#xa0;; enregistrez le reste comme un lot distinct</translation>
    </message>
    <message>
        <source>{name}: {on_hand} on hand, {at_destruction} at destruction sites and {destroyed} destroyed would be more than the {received} ever held</source>
        <translation>{name}&#xa0;: {on_hand} en stock, {at_destruction} sur des sites de destruction et {destroyed} détruites dépasseraient les {received} jamais détenues</translation>
    </message>
    <message>
        <source>{name}: {on_hand} on hand and {destroyed} destroyed would be more than the {received} ever held</source>
        <translation>{name}&#xa0;: {on_hand} en stock et {destroyed} détruites dépasseraient les {received} jamais détenues</translation>
    </message>
    <message>
        <source>{name} (OS login {login})</source>
        <translation>{name} (identifiant du système {login})</translation>
    </message>
    <message>
        <source>the database refused the change: {reason}</source>
        <translation>la base de données a refusé la modification&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the database could not be {doing}: {reason}</source>
        <translation>la base de données n&apos;a pas pu être {doing}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the database refused a value: {reason}</source>
        <translation>la base de données a refusé une valeur&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the database holds text that is not JSON where JSON belongs ({msg}): it was changed outside Stockpile Tracker; run &apos;stockpile-tracker db check&apos;</source>
        <translation>la base de données contient du texte qui n&apos;est pas du JSON là où il en faut ({msg})&#xa0;: elle a été modifiée en dehors de Stockpile Tracker&#xa0;; lancez &apos;stockpile-tracker db check&apos;</translation>
    </message>
    <message>
        <source>the database has no sequence for {name}.{name2}: it was changed outside Stockpile Tracker; nothing was written: run &apos;stockpile-tracker db check&apos;</source>
        <translation>la base de données n&apos;a pas de séquence pour {name}.{name2}&#xa0;: elle a été modifiée en dehors de Stockpile Tracker&#xa0;; rien n&apos;a été écrit&#xa0;: lancez &apos;stockpile-tracker db check&apos;</translation>
    </message>
    <message>
        <source>policy profile {code}: {column} holds {value}, not a list of {choices}; it was changed outside Stockpile Tracker: correct it in Compliance &gt; Policy profile or restore a backup</source>
        <translation>profil de politique {code}&#xa0;: {column} contient {value}, pas une liste de {choices}&#xa0;; il a été modifié en dehors de Stockpile Tracker&#xa0;: corrigez-le dans Conformité &gt; Profil de politique ou restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>policy profile {code}: its deadline, {deadline_years} years after {effective_on}, is no date ({exc}); it was changed outside Stockpile Tracker: correct it with &apos;stockpile-tracker profile set&apos; or restore a backup</source>
        <translation>profil de politique {code}&#xa0;: son échéance, {deadline_years} ans après le {effective_on}, n&apos;est pas une date ({exc})&#xa0;; il a été modifié en dehors de Stockpile Tracker&#xa0;: corrigez-le avec &apos;stockpile-tracker profile set&apos; ou restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} n&apos;est pas l&apos;un de {choices}</translation>
    </message>
    <message>
        <source>must be a whole number of hours above zero, or none</source>
        <translation>doit être un nombre entier d&apos;heures supérieur à zéro, ou aucun</translation>
    </message>
    <message>
        <source>{value} mines in one item: at most {max_per_item}</source>
        <translation>{value} mines dans une unité&#xa0;: au plus {max_per_item}</translation>
    </message>
    <message>
        <source>a type of category {category} holds at least one {category} mine per item (the category is the principal one)</source>
        <translation>un type de catégorie {category} contient au moins une mine {category} par unité (la catégorie est la principale)</translation>
    </message>
    <message>
        <source>is not a field of a mine type</source>
        <translation>n&apos;est pas un champ d&apos;un type de mine</translation>
    </message>
    <message>
        <source>{explosive_mass} g is more than the type&apos;s mass, {mass} g, which includes it</source>
        <translation>{explosive_mass} g dépasse la masse du type, {mass} g, qui l&apos;inclut</translation>
    </message>
    <message>
        <source>must be a whole number of grams above zero, or none, not {value}</source>
        <translation>doit être un nombre entier de grammes supérieur à zéro, ou aucun, pas {value}</translation>
    </message>
    <message>
        <source>{country} is not a two-letter country code (ISO 3166)</source>
        <translation>{country} n&apos;est pas un code de pays à deux lettres (ISO 3166)</translation>
    </message>
    <message>
        <source>mine type {value} is already in the catalogue as {taken}</source>
        <translation>le type de mine {value} est déjà au catalogue sous la forme {taken}</translation>
    </message>
    <message>
        <source>mine type {value} is already in the catalogue</source>
        <translation>le type de mine {value} est déjà au catalogue</translation>
    </message>
    <message>
        <source>site {value} is already in the catalogue as {taken}</source>
        <translation>le site {value} est déjà au catalogue sous la forme {taken}</translation>
    </message>
    <message>
        <source>site {value} is already in the catalogue</source>
        <translation>le site {value} est déjà au catalogue</translation>
    </message>
    <message>
        <source>is not a field of a policy profile</source>
        <translation>n&apos;est pas un champ d&apos;un profil de politique</translation>
    </message>
    <message>
        <source>must be yes or no (True or False)</source>
        <translation>doit être oui ou non (True ou False)</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>doit être une date</translation>
    </message>
    <message>
        <source>{day} is more than a year after today ({today})</source>
        <translation>{day} est plus d&apos;un an après aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <source>must be a whole number of years from 1 to {max_deadline_years}, or none, not {years}</source>
        <translation>doit être un nombre entier d&apos;années de 1 à {max_deadline_years}, ou aucun, pas {years}</translation>
    </message>
    <message>
        <source>give a list of retention categories</source>
        <translation>donnez une liste de catégories de conservation</translation>
    </message>
    <message>
        <source>give a list of {kind} values</source>
        <translation>donnez une liste de valeurs {kind}</translation>
    </message>
    <message>
        <source>a profile governs at least one; name them</source>
        <translation>un profil en régit au moins un&#xa0;; nommez-les</translation>
    </message>
    <message>
        <source>is not a field of a {name}</source>
        <translation>n&apos;est pas un champ d&apos;un {name}</translation>
    </message>
    <message>
        <source>no policy profile {code}</source>
        <translation>aucun profil de politique {code}</translation>
    </message>
    <message>
        <source>no policy profile {profile}</source>
        <translation>aucun profil de politique {profile}</translation>
    </message>
    <message>
        <source>{lot} is not on certificate {certificate_number}</source>
        <translation>{lot} ne figure pas sur le certificat {certificate_number}</translation>
    </message>
    <message>
        <source>a correction destroys fewer than the {quantity} recorded for {lot}, not {quantity2}; record further mines destroyed as an event of their own</source>
        <translation>une correction détruit moins que les {quantity} enregistrées pour {lot}, pas {quantity2}&#xa0;; enregistrez les mines détruites en plus comme un événement distinct</translation>
    </message>
    <message>
        <source>certificate {certificate_number} belongs to task {reference}, which is {status}: its reconciliation is signed off</source>
        <translation>le certificat {certificate_number} appartient à la tâche {reference}, qui est {status}&#xa0;: son rapprochement est approuvé</translation>
    </message>
    <message>
        <source>{lot}: a destruction dated {on} is before the lot was received ({first})</source>
        <translation>{lot}&#xa0;: une destruction datée du {on} est antérieure à la réception du lot ({first})</translation>
    </message>
    <message>
        <source>{lot}: a destruction dated {on} is before the lot was received (never)</source>
        <translation>{lot}&#xa0;: une destruction datée du {on} est antérieure à la réception du lot (jamais)</translation>
    </message>
    <message>
        <source>{lot}: cannot destroy {quantity}; task {reference} has {remaining} of it left to destroy</source>
        <translation>{lot}&#xa0;: impossible de détruire {quantity}&#xa0;; il reste à la tâche {reference} {remaining} à détruire</translation>
    </message>
    <message>
        <source>{lot}: the mines shipped for task {reference} are at {code}; a destruction of them at {code2} is recorded at {code}</source>
        <translation>{lot}&#xa0;: les mines expédiées pour la tâche {reference} sont à {code}&#xa0;; leur destruction à {code2} s&apos;enregistre à {code}</translation>
    </message>
    <message>
        <source>{lot}: its {there} at {code} were shipped there for a destruction task; record their destruction against that task (only what awaits destruction there), not as a destruction of surplus</source>
        <translation>{lot}&#xa0;: ses {there} à {code} y ont été expédiées pour une tâche de destruction&#xa0;; enregistrez leur destruction pour cette tâche (seulement ce qui y attend la destruction), pas comme une destruction d&apos;excédent</translation>
    </message>
    <message>
        <source>the witness cannot be the officer in charge</source>
        <translation>le témoin ne peut pas être le responsable</translation>
    </message>
    <message>
        <source>certificate {certificate} is already recorded</source>
        <translation>le certificat {certificate} est déjà enregistré</translation>
    </message>
    <message>
        <source>certificate {certificate} is already recorded as {held}</source>
        <translation>le certificat {certificate} est déjà enregistré sous la forme {held}</translation>
    </message>
    <message>
        <source>certificate {certificate} looks like existing certificate {alike}</source>
        <translation>le certificat {certificate} ressemble au certificat existant {alike}</translation>
    </message>
    <message>
        <source>{lot}: {shipped} were shipped for task {reference} and {at_destruction_site} reported destroyed, so {awaiting_destruction} await destruction, not {quantity}; record destruction at the depot as its own event</source>
        <translation>{lot}&#xa0;: {shipped} ont été expédiées pour la tâche {reference} et {at_destruction_site} déclarées détruites, donc {awaiting_destruction} attendent la destruction, pas {quantity}&#xa0;; enregistrez une destruction au dépôt comme un événement distinct</translation>
    </message>
    <message>
        <source>{lot}: a destruction dated {occurred_on} is before the mines were shipped ({shipped_on})</source>
        <translation>{lot}&#xa0;: une destruction datée du {occurred_on} est antérieure à l&apos;expédition des mines ({shipped_on})</translation>
    </message>
    <message>
        <source>{verified_on} is before the destruction ({occurred_on})</source>
        <translation>{verified_on} est antérieure à la destruction ({occurred_on})</translation>
    </message>
    <message>
        <source>lot id {lot_id} is not in certificate {certificate_number}</source>
        <translation>le lot d&apos;identifiant {lot_id} ne figure pas sur le certificat {certificate_number}</translation>
    </message>
    <message>
        <source>lot {lot_number}: type the quantity the certificate states</source>
        <translation>lot {lot_number}&#xa0;: saisissez la quantité indiquée par le certificat</translation>
    </message>
    <message>
        <source>must be a whole number, zero or more, not {value}</source>
        <translation>doit être un nombre entier, zéro ou plus, pas {value}</translation>
    </message>
    <message>
        <source>certificate {certificate_number} was already verified by {verified_by}</source>
        <translation>le certificat {certificate_number} a déjà été vérifié par {verified_by}</translation>
    </message>
    <message>
        <source>certificate {certificate} was recorded by {name}; another person must verify it</source>
        <translation>le certificat {certificate} a été enregistré par {name}&#xa0;; une autre personne doit le vérifier</translation>
    </message>
    <message>
        <source>certificate {certificate} was corrected by {name}; another person must verify it</source>
        <translation>le certificat {certificate} a été corrigé par {name}&#xa0;; une autre personne doit le vérifier</translation>
    </message>
    <message>
        <source>{value} is not a destruction method ({choices})</source>
        <translation>{value} n&apos;est pas une méthode de destruction ({choices})</translation>
    </message>
    <message>
        <source>give each lot with its quantity</source>
        <translation>donnez chaque lot avec sa quantité</translation>
    </message>
    <message>
        <source>name at least one lot and quantity</source>
        <translation>nommez au moins un lot et une quantité</translation>
    </message>
    <message>
        <source>lot {lot_number}: </source>
        <translation>lot {lot_number}&#xa0;: </translation>
    </message>
    <message>
        <source>task {reference} is {status}</source>
        <translation>la tâche {reference} est {status}</translation>
    </message>
    <message>
        <source>{lot} is not in task {reference}</source>
        <translation>{lot} ne fait pas partie de la tâche {reference}</translation>
    </message>
    <message>
        <source>name at least one destruction method, as a list</source>
        <translation>nommez au moins une méthode de destruction, sous forme de liste</translation>
    </message>
    <message>
        <source>give the programme&apos;s sites as a list of site codes</source>
        <translation>donnez les sites du programme sous forme de liste de codes de site</translation>
    </message>
    <message>
        <source>{name} sets no deadline rule: give the date</source>
        <translation>Le profil «&#xa0;{name}&#xa0;» ne fixe aucune règle d&apos;échéance&#xa0;: donnez la date</translation>
    </message>
    <message>
        <source>programme {name} already exists</source>
        <translation>le programme {name} existe déjà</translation>
    </message>
    <message>
        <source>no programme {programme_id}</source>
        <translation>aucun programme {programme_id}</translation>
    </message>
    <message>
        <source>site {site} is not one of programme {name}&apos;s sites</source>
        <translation>le site {site} ne fait pas partie des sites du programme {name}</translation>
    </message>
    <message>
        <source>{label} is not one of programme {name}&apos;s methods</source>
        <translation>{label} ne fait pas partie des méthodes du programme {name}</translation>
    </message>
    <message>
        <source>task {reference} already exists</source>
        <translation>la tâche {reference} existe déjà</translation>
    </message>
    <message>
        <source>{lot}: task {reference} has {left} left to ship, not {quantity}</source>
        <translation>{lot}&#xa0;: il reste à la tâche {reference} {left} à expédier, pas {quantity}</translation>
    </message>
    <message>
        <source>{lot}: {awaiting_destruction} shipped for task {reference} await destruction at {code}; {quantity} cannot come back</source>
        <translation>{lot}&#xa0;: {awaiting_destruction} expédiées pour la tâche {reference} attendent la destruction à {code}&#xa0;; {quantity} ne peuvent pas revenir</translation>
    </message>
    <message>
        <source>{lot}: a return dated {on} is before the first shipment ({shipped_on})</source>
        <translation>{lot}&#xa0;: un retour daté du {on} est antérieur à la première expédition ({shipped_on})</translation>
    </message>
    <message>
        <source>task {reference} cannot close before its certificates are verified by a second person: {choices}</source>
        <translation>la tâche {reference} ne peut pas être clôturée avant que ses certificats soient vérifiés par une deuxième personne&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>task {reference}: lot {lot_number} was already shipped or destroyed; close the task instead</source>
        <translation>tâche {reference}&#xa0;: le lot {lot_number} a déjà été expédié ou détruit&#xa0;; clôturez plutôt la tâche</translation>
    </message>
    <message>
        <source>only the tasks open on a day are read as of that day</source>
        <translation>seules les tâches ouvertes à une date sont lues à cette date</translation>
    </message>
    <message>
        <source>certificate {certificate} is not verified</source>
        <translation>le certificat {certificate} n&apos;est pas vérifié</translation>
    </message>
    <message>
        <source>lot {lot}: shipped {shipped}, destroyed at the destruction site {destroyed}</source>
        <translation>lot {lot}&#xa0;: expédiées {shipped}, détruites sur le site de destruction {destroyed}</translation>
    </message>
    <message>
        <source>lot {lot}: planned {planned}, destroyed {destroyed}</source>
        <translation>lot {lot}&#xa0;: prévues {planned}, détruites {destroyed}</translation>
    </message>
    <message>
        <source>lot {lot}: destroyed {destroyed}, certified {certified}</source>
        <translation>lot {lot}&#xa0;: détruites {destroyed}, certifiées {certified}</translation>
    </message>
    <message>
        <source>{name} does not permit retention as {label}: a Korea requirement under it would count nothing</source>
        <translation>Le profil «&#xa0;{name}&#xa0;» ne permet pas la conservation au titre de {label}&#xa0;: une exigence coréenne sous ce profil ne compterait rien</translation>
    </message>
    <message>
        <source>{designation} is {not_covered}, which governs {scope}: it has no Korea reserve</source>
        <translation>{designation} est {not_covered}, que régit {scope}&#xa0;: il n&apos;a pas de réserve coréenne</translation>
    </message>
    <message>
        <source>mine type {type} is not in the catalogue</source>
        <translation>le type de mine {type} n&apos;est pas au catalogue</translation>
    </message>
    <message>
        <source>{valid_from} is before the requirement in force for {type} (from {valid_from2}); requirements follow each other in time</source>
        <translation>{valid_from} est antérieure à l&apos;exigence en vigueur pour {type} (depuis le {valid_from2})&#xa0;; les exigences se succèdent dans le temps</translation>
    </message>
    <message>
        <source>no mine type {designation} in the catalogue</source>
        <translation>aucun type de mine {designation} au catalogue</translation>
    </message>
    <message>
        <source>no site {code}; add it to the catalogue first</source>
        <translation>aucun site {code}&#xa0;; ajoutez-le d&apos;abord au catalogue</translation>
    </message>
    <message>
        <source>{lot_id} is not a lot id</source>
        <translation>{lot_id} n&apos;est pas un identifiant de lot</translation>
    </message>
    <message>
        <source>lot {lot_number} ({type_designation})</source>
        <translation>lot {lot_number} ({type_designation})</translation>
    </message>
    <message>
        <source>on hand {before} is now {after}</source>
        <translation>en stock&#xa0;: {before}, désormais {after}</translation>
    </message>
    <message>
        <source>retained {before} is now {after}</source>
        <translation>conservées&#xa0;: {before}, désormais {after}</translation>
    </message>
    <message>
        <source>kept for {before} is now {after}</source>
        <translation>motif de conservation&#xa0;: {before}, désormais {after}</translation>
    </message>
    <message>
        <source>scheduled {before} is now {after}</source>
        <translation>programmées&#xa0;: {before}, désormais {after}</translation>
    </message>
    <message>
        <source>suspended {before} is now {after}</source>
        <translation>suspendues&#xa0;: {before}, désormais {after}</translation>
    </message>
    <message>
        <source>at destruction sites {before} is now {after}</source>
        <translation>sur les sites de destruction&#xa0;: {before}, désormais {after}</translation>
    </message>
    <message>
        <source>destroyed {before} is now {after}</source>
        <translation>détruites&#xa0;: {before}, désormais {after}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>asked to schedule {quantity}</source>
        <translation>demandé&#xa0;: programmer {quantity}</translation>
    </message>
    <message>
        <source>asked to transfer out {quantity}</source>
        <translation>demandé&#xa0;: un transfert sortant de {quantity}</translation>
    </message>
    <message>
        <source>asked to move {quantity} to {site}</source>
        <translation>demandé&#xa0;: déplacer {quantity} vers {site}</translation>
    </message>
    <message>
        <source>asked to split off {quantity}</source>
        <translation>demandé&#xa0;: reporter {quantity} dans un nouveau lot</translation>
    </message>
    <message>
        <source>asked to suspend {quantity}</source>
        <translation>demandé&#xa0;: suspendre {quantity}</translation>
    </message>
    <message>
        <source>asked to destroy {quantity}</source>
        <translation>demandé&#xa0;: détruire {quantity}</translation>
    </message>
    <message>
        <source>asked to record an entry of {quantity} ({kind})</source>
        <translation>demandé&#xa0;: enregistrer une écriture de {quantity} ({kind})</translation>
    </message>
    <message>
        <source>{lot}: cannot schedule {quantity}</source>
        <translation>{lot}&#xa0;: impossible de programmer {quantity}</translation>
    </message>
    <message>
        <source>{lot}: cannot transfer out {quantity}</source>
        <translation>{lot}&#xa0;: impossible d&apos;effectuer un transfert sortant de {quantity}</translation>
    </message>
    <message>
        <source>{lot}: cannot move {quantity} to {site}</source>
        <translation>{lot}&#xa0;: impossible de déplacer {quantity} vers {site}</translation>
    </message>
    <message>
        <source>{lot}: cannot split off {quantity}</source>
        <translation>{lot}&#xa0;: impossible de reporter {quantity} dans un nouveau lot</translation>
    </message>
    <message>
        <source>{lot}: cannot suspend {quantity}</source>
        <translation>{lot}&#xa0;: impossible de suspendre {quantity}</translation>
    </message>
    <message>
        <source>{lot}: cannot destroy {quantity}</source>
        <translation>{lot}&#xa0;: impossible de détruire {quantity}</translation>
    </message>
    <message>
        <source>{lot} holds no mines any more and takes no further movements ({asked}); record mines found later as a discovery in a new lot</source>
        <translation>{lot} ne contient plus de mines et n&apos;accepte plus de mouvements ({asked})&#xa0;; enregistrez les mines retrouvées plus tard comme une découverte dans un nouveau lot</translation>
    </message>
    <message>
        <source>{refusal}; {on_hand} on hand, {retained} retained, {suspended} suspended, {scheduled} scheduled, so only {unscheduled} are unscheduled surplus</source>
        <translation>{refusal}&#xa0;; {on_hand} en stock, {retained} conservées, {suspended} suspendues, {scheduled} programmées, donc seulement {unscheduled} en excédent non programmé</translation>
    </message>
    <message>
        <source>{refusal}; {on_hand} on hand, {retained} retained, {scheduled} scheduled, so only {unscheduled} are unscheduled surplus</source>
        <translation>{refusal}&#xa0;; {on_hand} en stock, {retained} conservées, {scheduled} programmées, donc seulement {unscheduled} en excédent non programmé</translation>
    </message>
    <message>
        <source>{figures}; suspended: {suspensions} (lift the suspension first)</source>
        <translation>{figures}&#xa0;; suspendues&#xa0;: {suspensions} (levez d&apos;abord la suspension)</translation>
    </message>
    <message>
        <source>{lot} came on the record on {first}: an entry cannot be dated {on}, before it</source>
        <translation>{lot} est entré dans les registres le {first}&#xa0;: une entrée ne peut pas être datée du {on}, avant cette date</translation>
    </message>
    <message>
        <source>{lot}: a {label} of {quantity} dated {on} would make the balance at {where} {amount} on {day}; on hand can never go below zero</source>
        <translation>{lot}&#xa0;: un(e) {label} de {quantity} daté(e) du {on} rendrait le solde à {where} de {amount} au {day}&#xa0;; le stock ne peut jamais descendre sous zéro</translation>
    </message>
    <message>
        <source>{lot}: a {label} of {quantity} dated {on} would make the balance {amount} on {day}; on hand can never go below zero</source>
        <translation>{lot}&#xa0;: un(e) {label} de {quantity} daté(e) du {on} rendrait le solde de {amount} au {day}&#xa0;; le stock ne peut jamais descendre sous zéro</translation>
    </message>
    <message>
        <source>{on} is before the loss was recorded ({loss_occurred_on})</source>
        <translation>{on} est antérieure à l&apos;enregistrement de la perte ({loss_occurred_on})</translation>
    </message>
    <message>
        <source>lot {lot_number}, task {task_reference}: {unaccounted} mines are still unaccounted for, not {quantity}</source>
        <translation>lot {lot_number}, tâche {task_reference}&#xa0;: {unaccounted} mines sont encore inexpliquées, pas {quantity}</translation>
    </message>
    <message>
        <source>choose the destruction site where the mines were destroyed (add it to the catalogue first)</source>
        <translation>choisissez le site de destruction où les mines ont été détruites (ajoutez-le d&apos;abord au catalogue)</translation>
    </message>
    <message>
        <source>{code} is a {label}, not a destruction site: choose the destruction site where the mines were destroyed</source>
        <translation>{code} est un site de type {label}, pas un site de destruction&#xa0;: choisissez le site de destruction où les mines ont été détruites</translation>
    </message>
    <message>
        <source>{kind} dated {on} falls after the acquisition ban of {profile} (from {banned_from}): flagged for review</source>
        <translation>{kind} du {on}, après l&apos;interdiction d&apos;acquisition du profil «&#xa0;{profile}&#xa0;» (depuis le {banned_from})&#xa0;: à examiner</translation>
    </message>
    <message>
        <source>{lot} came to {code} on {first}: an entry there cannot be dated {on}</source>
        <translation>{lot} est arrivé à {code} le {first}&#xa0;: une entrée à cet endroit ne peut pas être datée du {on}</translation>
    </message>
    <message>
        <source>{lot} came to {code} on no day: an entry there cannot be dated {on}</source>
        <translation>{lot} n&apos;est jamais arrivé à {code}&#xa0;: une entrée à cet endroit ne peut pas être datée du {on}</translation>
    </message>
    <message>
        <source>{lot}: its mines at {code} were shipped there for destruction; they are destroyed there, or come back home with a return</source>
        <translation>{lot}&#xa0;: ses mines à {code} y ont été expédiées pour destruction&#xa0;; elles y sont détruites, ou reviennent au site d&apos;attache par un retour</translation>
    </message>
    <message>
        <source>{lot} is not held at {code} (its home is {code2})</source>
        <translation>{lot} n&apos;est pas détenu à {code} (son site d&apos;attache est {code2})</translation>
    </message>
    <message>
        <source>{code} is not a condition code ({choices})</source>
        <translation>{code} n&apos;est pas un code d&apos;état ({choices})</translation>
    </message>
    <message>
        <source>lot {number} of type {designation} already exists</source>
        <translation>le lot {number} du type {designation} existe déjà</translation>
    </message>
    <message>
        <source>lot {number} of type {designation} already exists as {held}</source>
        <translation>le lot {number} du type {designation} existe déjà sous la forme {held}</translation>
    </message>
    <message>
        <source>lot {number} of type {designation} looks like existing lot {alike}</source>
        <translation>le lot {number} du type {designation} ressemble au lot existant {alike}</translation>
    </message>
    <message>
        <source>{manufactured_on} is after the {label} date {on}</source>
        <translation>{manufactured_on} est postérieure à la date de {label} {on}</translation>
    </message>
    <message>
        <source>{code} is a destruction site: a lot is taken on charge at one of the state&apos;s own depots or training sites, and its mines go to a destruction site shipped for a task</source>
        <translation>{code} est un site de destruction&#xa0;: un lot est pris en charge dans l&apos;un des dépôts ou sites d&apos;entraînement de l&apos;État, et ses mines vont à un site de destruction expédiées pour une tâche</translation>
    </message>
    <message>
        <source>transfer out not for destruction under {profile}: flagged for review</source>
        <translation>transfert sortant à d&apos;autres fins que la destruction au titre du profil «&#xa0;{profile}&#xa0;»&#xa0;: à examiner</translation>
    </message>
    <message>
        <source>{lot}: only mines retained under Article 3 are consumed in training; {retained} are retained ({kept_as}), {quantity} asked</source>
        <translation>{lot}&#xa0;: seules les mines conservées au titre de l&apos;article 3 sont consommées à l&apos;entraînement&#xa0;; {retained} sont conservées ({kept_as}), {quantity} demandées</translation>
    </message>
    <message>
        <source>training dated {on} is before the Article 3 decision in force (from {valid_from})</source>
        <translation>un entraînement daté du {on} est antérieur à la décision au titre de l&apos;article 3 en vigueur (depuis le {valid_from})</translation>
    </message>
    <message>
        <source>{lot} would move from {code} to {code}</source>
        <translation>{lot} irait de {code} à {code}</translation>
    </message>
    <message>
        <source>{code} is a destruction site: mines go there shipped for a destruction task (Destruction &gt; Ship for task), not moved</source>
        <translation>{code} est un site de destruction&#xa0;: les mines y vont expédiées pour une tâche de destruction (Destruction &gt; Expédier pour une tâche), pas déplacées</translation>
    </message>
    <message>
        <source>{lot} holds {there} at {code}; cannot move {quantity}</source>
        <translation>{lot} détient {there} à {code}&#xa0;; impossible de déplacer {quantity}</translation>
    </message>
    <message>
        <source>a reversal cannot be dated {on}, before the entry it reverses ({occurred_on})</source>
        <translation>une annulation ne peut pas être datée du {on}, avant l&apos;entrée qu&apos;elle annule ({occurred_on})</translation>
    </message>
    <message>
        <source>{lot}: entry {id} is itself a reversal and cannot be reversed; record the correct entry instead</source>
        <translation>{lot}&#xa0;: l&apos;entrée {id} est elle-même une annulation et ne peut pas être annulée&#xa0;; enregistrez plutôt l&apos;entrée correcte</translation>
    </message>
    <message>
        <source>{lot}: entry {id} was already reversed by entry {already}</source>
        <translation>{lot}&#xa0;: l&apos;entrée {id} a déjà été annulée par l&apos;entrée {already}</translation>
    </message>
    <message>
        <source>{lot}: entry {id} returned mines of an unaccounted loss and resolves it; it cannot be reversed</source>
        <translation>{lot}&#xa0;: l&apos;entrée {id} a rendu les mines d&apos;une perte inexpliquée et la résout&#xa0;; elle ne peut pas être annulée</translation>
    </message>
    <message>
        <source>{lot}: entry {id} records destruction certificate {document_ref}; correct the destruction instead (Reverse on the entry in the window), which keeps the certificate&apos;s history and has it verified again</source>
        <translation>{lot}&#xa0;: l&apos;entrée {id} enregistre le certificat de destruction {document_ref}&#xa0;; corrigez plutôt la destruction (Annuler sur l&apos;entrée dans la fenêtre), ce qui garde l&apos;historique du certificat et le fait vérifier à nouveau</translation>
    </message>
    <message>
        <source>{lot}: entry {id} is the unaccounted loss of a task closed short; it is resolved by an investigation (Destruction &gt; Unaccounted losses), not reversed</source>
        <translation>{lot}&#xa0;: l&apos;entrée {id} est la perte inexpliquée d&apos;une tâche clôturée avec écart&#xa0;; elle se résout par une enquête (Destruction &gt; Pertes inexpliquées), pas par une annulation</translation>
    </message>
    <message>
        <source>{lot}: entry {id} is one side of a move (the other side is entry {other}); reversing one side would create or lose mines: move them back instead</source>
        <translation>{lot}&#xa0;: l&apos;entrée {id} est un côté d&apos;un déplacement (l&apos;autre côté est l&apos;entrée {other})&#xa0;; annuler un seul côté créerait ou perdrait des mines&#xa0;: ramenez-les plutôt</translation>
    </message>
    <message>
        <source>{lot}: entry {id} is one side of a split (the other side is entry {other}); reversing one side would create or lose mines: split back instead</source>
        <translation>{lot}&#xa0;: l&apos;entrée {id} est un côté d&apos;une division (l&apos;autre côté est l&apos;entrée {other})&#xa0;; annuler un seul côté créerait ou perdrait des mines&#xa0;: refusionnez plutôt</translation>
    </message>
    <message>
        <source>say why the mines are kept: {korea} or {article3} (a legal hold is a suspension)</source>
        <translation>indiquez pourquoi les mines sont conservées&#xa0;: {korea} ou {article3} (un blocage juridique est une suspension)</translation>
    </message>
    <message>
        <source>{lot} already has {quantity} retained as that</source>
        <translation>{lot} a déjà {quantity} conservées à ce titre</translation>
    </message>
    <message>
        <source>{lot}: cannot retain {quantity}; {on_hand} on hand of which {scheduled} are scheduled for destruction and {suspended} suspended ({suspensions}): lift the suspension first</source>
        <translation>{lot}&#xa0;: impossible de conserver {quantity}&#xa0;; {on_hand} en stock dont {scheduled} sont prévues pour destruction et {suspended} suspendues ({suspensions})&#xa0;: levez d&apos;abord la suspension</translation>
    </message>
    <message>
        <source>{lot}: cannot retain {quantity}; {on_hand} on hand of which {scheduled} are scheduled for destruction</source>
        <translation>{lot}&#xa0;: impossible de conserver {quantity}&#xa0;; {on_hand} en stock dont {scheduled} sont prévues pour destruction</translation>
    </message>
    <message>
        <source>{lot}: only {retained} are retained as {kept_as}; cannot move {quantity}</source>
        <translation>{lot}&#xa0;: seulement {retained} sont conservées au titre {kept_as}&#xa0;; impossible de déplacer {quantity}</translation>
    </message>
    <message>
        <source>{lot}: of the {shipped} shipped for task {task}, {destroyed} were reported destroyed; reversing a shipment of {quantity} would bring back mines that no longer exist</source>
        <translation>{lot}&#xa0;: sur les {shipped} expédiées pour la tâche {task}, {destroyed} ont été déclarées détruites&#xa0;; annuler une expédition de {quantity} ferait revenir des mines qui n&apos;existent plus</translation>
    </message>
    <message>
        <source>{lot}: entry {id} {what} for task {reference}, which is {status}; it can no longer be reversed</source>
        <translation>{lot}&#xa0;: l&apos;entrée {id} {what} pour la tâche {reference}, qui est {status}&#xa0;; elle ne peut plus être annulée</translation>
    </message>
    <message>
        <source>{lot}: entry {id} consumed Article 3 mines, but the lot is now retained as {kept_as}; change the retention first</source>
        <translation>{lot}&#xa0;: l&apos;entrée {id} a consommé des mines de l&apos;article 3, mais le lot est maintenant conservé au titre {kept_as}&#xa0;; modifiez d&apos;abord la conservation</translation>
    </message>
    <message>
        <source>cannot sort by {sort}</source>
        <translation>impossible de trier par {sort}</translation>
    </message>
    <message>
        <source>lot number {lot_number} exists for several types; name the type</source>
        <translation>le numéro de lot {lot_number} existe pour plusieurs types&#xa0;; nommez le type</translation>
    </message>
    <message>
        <source>not retained</source>
        <translation>non conservé</translation>
    </message>
    <message>
        <source>{value} is not a retention category ({choices}); a legal hold is a suspension: the mines stay surplus (Suspend on the lot)</source>
        <translation>{value} n&apos;est pas une catégorie de conservation ({choices})&#xa0;; un blocage juridique est une suspension&#xa0;: les mines restent excédentaires (Suspendre sur le lot)</translation>
    </message>
    <message>
        <source>{value} is not a retention category ({choices})</source>
        <translation>{value} n&apos;est pas une catégorie de conservation ({choices})</translation>
    </message>
    <message>
        <source>{type} is not covered by {profile}, which governs {scope}: it is not retained as {category} under it</source>
        <translation>{type} n&apos;est pas couvert par le profil «&#xa0;{profile}&#xa0;», qui régit les {scope}&#xa0;: il n&apos;est pas conservé au titre de {category} sous ce profil</translation>
    </message>
    <message>
        <source>{valid_from} is before the decision in force (from {valid_from2}); decisions follow each other in time</source>
        <translation>{valid_from} est antérieure à la décision en vigueur (depuis le {valid_from2})&#xa0;; les décisions se succèdent dans le temps</translation>
    </message>
    <message>
        <source>Article 3 retention names the authorised institution</source>
        <translation>la conservation au titre de l&apos;article 3 nomme l&apos;institution autorisée</translation>
    </message>
    <message>
        <source>{profile} does not permit retention as {category}</source>
        <translation>le profil «&#xa0;{profile}&#xa0;» ne permet pas la conservation au titre de {category}</translation>
    </message>
    <message>
        <source>retained stock rises from {before} to {after} under {profile}</source>
        <translation>le stock conservé passe de {before} à {after} au titre du profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>{lot} has no mines awaiting destruction at {code}: a suspension is on its mines at home ({code2}) or on those shipped to a destruction site</source>
        <translation>{lot} n&apos;a pas de mines en attente de destruction à {code}&#xa0;: une suspension porte sur ses mines au site d&apos;attache ({code2}) ou sur celles expédiées vers un site de destruction</translation>
    </message>
    <message>
        <source>{value} is not a kind of suspension ({choices})</source>
        <translation>{value} n&apos;est pas un type de suspension ({choices})</translation>
    </message>
    <message>
        <source>{on} is before {lot} held any mines (its first entry is dated {first})</source>
        <translation>{on} est antérieure à la première détention de mines par {lot} (sa première entrée est datée du {first})</translation>
    </message>
    <message>
        <source>{on} is before {lot} held any mines</source>
        <translation>{on} est antérieure à la première détention de mines par {lot}</translation>
    </message>
    <message>
        <source>{lifted_on} is before the suspension began ({suspended_from})</source>
        <translation>{lifted_on} est antérieure au début de la suspension ({suspended_from})</translation>
    </message>
    <message>
        <source>{lot} at {code}</source>
        <translation>{lot} à {code}</translation>
    </message>
    <message>
        <source>choose the suspension to lift</source>
        <translation>choisissez la suspension à lever</translation>
    </message>
    <message>
        <source>{label} {reference} on {lot} was already lifted on {lifted_on} by {lifted_by}</source>
        <translation>{label} {reference} sur {lot} a déjà été levée le {lifted_on} par {lifted_by}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{what} {key} does not exist</source>
        <translation>{what} {key}&#xa0;: n&apos;existe pas</translation>
    </message>
    <message>
        <source>{message} ({rule})</source>
        <translation>{message} ({rule})</translation>
    </message>
    <message>
        <source>task {task} cannot close: {differences}; explain the difference to close it</source>
        <translation>la tâche {task} ne peut pas être clôturée&#xa0;: {differences}&#xa0;; expliquez l&apos;écart pour la clôturer</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since this form was opened ({changes}); nothing was recorded: close the form and open it again to see the current figures</source>
        <translation>{what} a été modifié par quelqu&apos;un d&apos;autre depuis l&apos;ouverture de ce formulaire ({changes})&#xa0;; rien n&apos;a été enregistré&#xa0;: fermez le formulaire et rouvrez-le pour voir les chiffres actuels</translation>
    </message>
    <message>
        <source>{what}is required</source>
        <translation>{what}est obligatoire</translation>
    </message>
    <message>
        <source>{what}must be a whole number of mines, not {value}</source>
        <translation>{what}doit être un nombre entier de mines, et non {value}</translation>
    </message>
    <message>
        <source>{what}must be more than zero, not {quantity}</source>
        <translation>{what}doit être supérieure à zéro, et non {quantity}</translation>
    </message>
    <message>
        <source>{what}must be zero or more, not {quantity}</source>
        <translation>{what}doit être égale ou supérieure à zéro, et non {quantity}</translation>
    </message>
    <message>
        <source>{what}{quantity} is more than the {most} a record can hold</source>
        <translation>{what}{quantity} dépasse les {most} qu&apos;un enregistrement peut contenir</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD), not {value}</source>
        <translation>doit être une date (AAAA-MM-JJ), et non {value}</translation>
    </message>
    <message>
        <source>{day} is in the future (today is {today})</source>
        <translation>{day} est dans le futur (nous sommes le {today})</translation>
    </message>
    <message>
        <source>{day} is before {year}, the year the Convention was signed</source>
        <translation>{day} est antérieure à {year}, l&apos;année de la signature de la Convention</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>doit être du texte, et non {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most}</source>
        <translation>compte {length} caractères&#xa0;; au plus {most}</translation>
    </message>
    <message>
        <source>holds {code}, which is not a character a document can hold</source>
        <translation>contient {code}, qui n&apos;est pas un caractère qu&apos;un document peut contenir</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>holds the control character {code}</source>
        <translation>contient le caractère de contrôle {code}</translation>
    </message>
    <message>
        <source>a format character</source>
        <translation>un caractère de mise en forme</translation>
    </message>
    <message>
        <source>holds the invisible character {code} ({name})</source>
        <translation>contient le caractère invisible {code} ({name})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used the next time Stockpile Tracker starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Stockpile Tracker.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>counting the lots...</source>
        <translation>décompte des lots...</translation>
    </message>
    <message>
        <source>totals not available</source>
        <translation>totaux non disponibles</translation>
    </message>
    <message>
        <source>{count} lot</source>
        <translation>{count} lot</translation>
    </message>
    <message>
        <source>{count} lots</source>
        <translation>{count} lots</translation>
    </message>
    <message>
        <source>{count} lot holding retained mines</source>
        <translation>{count} lot détenant des mines conservées</translation>
    </message>
    <message>
        <source>{count} lots holding retained mines</source>
        <translation>{count} lots détenant des mines conservées</translation>
    </message>
    <message>
        <source>covered: retained {retained} mines</source>
        <translation>couvertes&#xa0;: {retained} mines conservées</translation>
    </message>
    <message>
        <source>also surplus {surplus}</source>
        <translation>également excédent {surplus}</translation>
    </message>
    <message>
        <source>{count} lot holding surplus</source>
        <translation>{count} lot détenant un excédent</translation>
    </message>
    <message>
        <source>{count} lots holding surplus</source>
        <translation>{count} lots détenant un excédent</translation>
    </message>
    <message>
        <source>covered: surplus {surplus} mines = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}</source>
        <translation>couvertes&#xa0;: excédent {surplus} mines = programmées {scheduled} + suspendues {suspended} + non programmées {unscheduled}</translation>
    </message>
    <message>
        <source>also retained {retained}</source>
        <translation>également conservées {retained}</translation>
    </message>
    <message>
        <source>covered: on hand {on_hand} mines = retained {retained} + surplus {surplus} (scheduled {scheduled}); at destruction sites {at_destruction}; destroyed {destroyed}</source>
        <translation>couvertes&#xa0;: en stock {on_hand} mines = conservées {retained} + excédent {surplus} (programmées {scheduled})&#xa0;; sur les sites de destruction {at_destruction}&#xa0;; détruites {destroyed}</translation>
    </message>
    <message>
        <source>covered: on hand {on_hand} mines = retained {retained} + surplus {surplus} (scheduled {scheduled}); destroyed {destroyed}</source>
        <translation>couvertes&#xa0;: en stock {on_hand} mines = conservées {retained} + excédent {surplus} (programmées {scheduled})&#xa0;; détruites {destroyed}</translation>
    </message>
    <message>
        <source>{count} lot shown</source>
        <translation>{count} lot affiché</translation>
    </message>
    <message>
        <source>{count} lots shown</source>
        <translation>{count} lots affichés</translation>
    </message>
    <message>
        <source>not covered: on hand {on_hand}</source>
        <translation>non couvertes&#xa0;: en stock {on_hand}</translation>
    </message>
    <message>
        <source>{lots_shown}: {items} on hand, {mines} mines</source>
        <translation>{lots_shown}&#xa0;: {items} en stock, {mines} mines</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} unité</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} unités</translation>
    </message>
    <message>
        <source>{scope}, in mines ({lots}): on hand {on_hand} = retained {retained} + surplus {surplus}; surplus = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}; at destruction sites {at_destruction} (held {held}); destroyed {destroyed}</source>
        <translation>{scope}, en mines ({lots})&#xa0;: en stock {on_hand} = conservées {retained} + excédent {surplus}&#xa0;; excédent = programmées {scheduled} + suspendues {suspended} + non programmées {unscheduled}&#xa0;; sur les sites de destruction {at_destruction} (retenues {held})&#xa0;; détruites {destroyed}</translation>
    </message>
    <message>
        <source>The rows are in items, each with its own retention decision; these totals are in mines.</source>
        <translation>Les lignes sont en unités, chacune avec sa propre décision de conservation&#xa0;; ces totaux sont en mines.</translation>
    </message>
    <message>
        <source>Compliance checks running...</source>
        <translation>Contrôles de conformité en cours...</translation>
    </message>
    <message>
        <source>The compliance checks could not run</source>
        <translation>Les contrôles de conformité n&apos;ont pas pu être exécutés</translation>
    </message>
    <message>
        <source>{findings}: {errors}, {warnings}, {info} for information</source>
        <translation>{findings}&#xa0;: {errors}, {warnings}, {info} pour information</translation>
    </message>
    <message>
        <source>{count} finding</source>
        <translation>{count} constat</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translation>{count} constats</translation>
    </message>
    <message>
        <source>{count} error</source>
        <translation>{count} erreur</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} erreurs</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>{count} avertissement</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avertissements</translation>
    </message>
    <message>
        <source>Reading the destruction plan...</source>
        <translation>Lecture du plan de destruction...</translation>
    </message>
    <message>
        <source>Reading the destruction log...</source>
        <translation>Lecture du journal des destructions...</translation>
    </message>
    <message>
        <source>{count} task shown</source>
        <translation>{count} tâche affichée</translation>
    </message>
    <message>
        <source>{count} tasks shown</source>
        <translation>{count} tâches affichées</translation>
    </message>
    <message>
        <source>covered: planned {planned} mines, destroyed {destroyed}</source>
        <translation>couvertes&#xa0;: {planned} mines prévues, {destroyed} détruites</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue</source>
        <translation>ouvertes&#xa0;: {open}, en retard&#xa0;: {overdue}</translation>
    </message>
    <message>
        <source>{count} event shown</source>
        <translation>{count} destruction affichée</translation>
    </message>
    <message>
        <source>{count} events shown</source>
        <translation>{count} destructions affichées</translation>
    </message>
    <message>
        <source>{count} awaiting verification</source>
        <translation>en attente de vérification&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{count} mine type</source>
        <translation>{count} type de mine</translation>
    </message>
    <message>
        <source>{count} mine types</source>
        <translation>{count} types de mines</translation>
    </message>
    <message>
        <source>{count} site</source>
        <translation>{count} site</translation>
    </message>
    <message>
        <source>{count} sites</source>
        <translation>{count} sites</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Détenues</translation>
    </message>
    <message>
        <source>At destruction sites</source>
        <translation>Sur les sites de destruction</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmées</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <source>Unscheduled surplus</source>
        <translation>Excédent non programmé</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruites</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>victime</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>{profile} governs {scope}; only those mines count against its obligations. Figures are mines (items x mines per item): a lot of an item holding both kinds (a Volcano canister) is on both lines, so its lots are not added up. The total adds what is held, never the two surpluses: only the one covered is to destroy.</source>
        <translation>Le profil «&#xa0;{profile}&#xa0;» régit {scope}&#xa0;; seules ces mines sont prises en compte au titre de ses obligations. Les chiffres sont des mines (unités x mines par unité)&#xa0;: un lot dont l&apos;unité contient les deux catégories (un conteneur Volcano) figure sur les deux lignes, de sorte que ses lots ne sont pas additionnés. Le total additionne les quantités détenues, jamais les deux excédents&#xa0;: seul l&apos;excédent couvert est à détruire.</translation>
    </message>
    <message>
        <source>Covered: of the surplus, {beyond} are reserved for Korea beyond the requirement: the lots still show them retained until the office releases them; Retained counts the reserve up to the requirement (see Retained, by reason).</source>
        <translation>Couvertes&#xa0;: sur l&apos;excédent, {beyond} sont réservées pour la Corée au-delà du besoin&#xa0;: les lots les indiquent encore comme conservées jusqu&apos;à leur libération par le service&#xa0;; Conservées compte la réserve à concurrence du besoin (voir Conservées, par motif).</translation>
    </message>
    <message>
        <source>In and out of scope of {profile}</source>
        <translation>Dans et hors du champ du profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <source>Cat.: AP {ap}, AV {av}. Activation: {victim} for {victim_label}, {command} for {command_label}, {both}.</source>
        <translation>Cat.&#xa0;: AP {ap}, AV {av}. Déclenchement&#xa0;: {victim} pour {victim_label}, {command} pour {command_label}, {both}.</translation>
    </message>
    <message>
        <source>A lot of an item holding both categories (a Volcano canister) counts under each.</source>
        <translation>Un lot dont l&apos;unité contient les deux catégories (un conteneur Volcano) est compté sous chacune.</translation>
    </message>
    <message>
        <source>Held = at destruction sites + on hand. Mines shipped for destruction and not yet reported destroyed are at the destruction site&apos;s line, and mines moved to another of the state&apos;s sites at that site&apos;s line (surplus, not scheduled); their lots, and what the lots had destroyed, are counted at each lot&apos;s home.</source>
        <translation>Détenues = sur les sites de destruction + en stock. Les mines expédiées pour destruction et dont la destruction n&apos;a pas encore été déclarée figurent à la ligne du site de destruction, et les mines déplacées vers un autre site de l&apos;État à la ligne de ce site (excédent, non programmé)&#xa0;; leurs lots, et ce que les lots ont fait détruire, sont comptés au site d&apos;attache de chaque lot.</translation>
    </message>
    <message>
        <source>Summary by category, covered by {profile}</source>
        <translation>Récapitulatif par catégorie, couvertes par le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>Summary by category, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Récapitulatif par catégorie, non couvertes par le profil «&#xa0;{profile}&#xa0;» (présentées à part&#xa0;; aucune obligation ne les compte)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>By self-destruct / self-deactivation, covered by {profile}</source>
        <translation>Par autodestruction / autodésactivation, couvertes par le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>By self-destruct / self-deactivation, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Par autodestruction / autodésactivation, non couvertes par le profil «&#xa0;{profile}&#xa0;» (présentées à part&#xa0;; aucune obligation ne les compte)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>By site, covered by {profile}</source>
        <translation>Par site, couvertes par le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>By site, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Par site, non couvertes par le profil «&#xa0;{profile}&#xa0;» (présentées à part&#xa0;; aucune obligation ne les compte)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>By type, covered by {profile}</source>
        <translation>Par type, couvertes par le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>By type, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Par type, non couvertes par le profil «&#xa0;{profile}&#xa0;» (présentées à part&#xa0;; aucune obligation ne les compte)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <source>Retained, by reason</source>
        <translation>Conservées, par motif</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Conservées pour</translation>
    </message>
    <message>
        <source>Kept by the lots&apos; decisions</source>
        <translation>Conservées par les décisions des lots</translation>
    </message>
    <message>
        <source>Beyond the requirement: surplus</source>
        <translation>Au-delà du besoin&#xa0;: excédent</translation>
    </message>
    <message>
        <source>Mines reserved for Korea beyond the requirement in force are surplus to destroy, counted in the type&apos;s last lots by lot number: the lots&apos; decisions keep them until the office releases them, and every figure of the profile counts them as surplus, not retained.</source>
        <translation>Les mines réservées pour la Corée au-delà du besoin en vigueur sont un excédent à détruire, comptées dans les derniers lots du type par numéro de lot&#xa0;: les décisions des lots les conservent jusqu&apos;à leur libération par le service, et chaque chiffre du profil les compte comme excédent, non comme conservées.</translation>
    </message>
    <message>
        <source>Items and mines, by type</source>
        <translation>Unités et mines, par type</translation>
    </message>
    <message>
        <source>Mines per item</source>
        <translation>Mines par unité</translation>
    </message>
    <message>
        <source>Items held</source>
        <translation>Unités détenues</translation>
    </message>
    <message>
        <source>Mines held</source>
        <translation>Mines détenues</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvertes</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couvertes</translation>
    </message>
    <message>
        <source>Items destroyed</source>
        <translation>Unités détruites</translation>
    </message>
    <message>
        <source>Mines destroyed</source>
        <translation>Mines détruites</translation>
    </message>
    <message>
        <source>The ledger counts items; every other table counts mines (items x mines per item). Held: on hand at the state&apos;s own sites and shipped to destruction sites, not yet destroyed.</source>
        <translation>Le registre compte des unités&#xa0;; tous les autres tableaux comptent des mines (unités x mines par unité). Détenues&#xa0;: en stock sur les sites de l&apos;État et expédiées vers les sites de destruction, non encore détruites.</translation>
    </message>
    <message>
        <source>Unaccounted losses (mines not accounted for when their task was closed): none.</source>
        <translation>Pertes inexpliquées (mines non justifiées à la clôture de leur tâche)&#xa0;: néant.</translation>
    </message>
    <message>
        <source>{profile}: stockpile destruction deadline {deadline} (entry into force {in_force}), {distance}.</source>
        <translation>{profile}&#xa0;: échéance de la destruction des stocks le {deadline} (entrée en vigueur le {in_force}), {distance}.</translation>
    </message>
    <message>
        <source>Programme {name}: deadline {deadline}, {distance}.</source>
        <translation>Programme {name}&#xa0;: échéance le {deadline}, {distance}.</translation>
    </message>
    <message>
        <source>1 day to go as of {date}</source>
        <translation>encore 1 jour au {date}</translation>
    </message>
    <message>
        <source>{days} days to go as of {date}</source>
        <translation>encore {days} jours au {date}</translation>
    </message>
    <message>
        <source>Figures are computed from the ledger up to the end of the date: entries, retention decisions and destructions dated up to then, and destruction tasks open then: from the day their work began (entered, or their first shipment or destruction) until they were closed or cancelled.</source>
        <translation>Les chiffres sont calculés à partir du registre jusqu&apos;à la fin de la date&#xa0;: écritures, décisions de conservation et destructions datées jusqu&apos;à ce jour, et tâches de destruction ouvertes à ce jour&#xa0;: du jour où leurs travaux ont commencé (saisie, ou première expédition ou destruction) jusqu&apos;à leur clôture ou annulation.</translation>
    </message>
    <message>
        <source>Stockpile status</source>
        <translation>État des stocks</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <source>Programme {name}, under another profile ({profile}): deadline {deadline}, {distance}; not checked against the active profile.</source>
        <translation>Programme {name}, relevant d&apos;un autre profil ({profile})&#xa0;: échéance le {deadline}, {distance}&#xa0;; les contrôles du profil actif n&apos;en tiennent pas compte.</translation>
    </message>
    <message>
        <source>passed 1 day before {date}</source>
        <translation>échue 1 jour avant le {date}</translation>
    </message>
    <message>
        <source>passed {days} days before {date}</source>
        <translation>échue {days} jours avant le {date}</translation>
    </message>
    <message>
        <source>Suspended at destruction sites, by suspension</source>
        <translation>Suspendues sur les sites de destruction, par suspension</translation>
    </message>
    <message>
        <source>Suspended, by suspension</source>
        <translation>Suspendues, par suspension</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Mines covered by {profile}</source>
        <translation>Mines couvertes par le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>Mines not covered</source>
        <translation>Mines non couvertes</translation>
    </message>
    <message>
        <source>Mines shipped for destruction, held there by a suspension: among the mines at destruction sites above, neither destroyed, sent back nor lost until it is lifted.</source>
        <translation>Mines expédiées pour destruction, bloquées sur place par une suspension&#xa0;: comprises dans les mines sur les sites de destruction ci-dessus, ni détruites, ni renvoyées, ni perdues jusqu&apos;à sa levée.</translation>
    </message>
    <message>
        <source>Suspended mines are surplus (in Surplus and Suspended above): held back from scheduling and destruction until the suspension is lifted, then to be destroyed.</source>
        <translation>Les mines suspendues sont un excédent (dans Excédent et Suspendues ci-dessus)&#xa0;: soustraites à la programmation et à la destruction jusqu&apos;à la levée de la suspension, puis à détruire.</translation>
    </message>
    <message>
        <source>Mines shipped for destruction and not reported destroyed, or reported destroyed and not certified, when their task was closed: neither in the stock figures above nor destroyed, still the state&apos;s until an investigation finds them, has them destroyed with a certificate or an authority writes them off. In mines, as the figures above (a loss of an item holding both kinds is on both tables).</source>
        <translation>Mines expédiées pour destruction et dont la destruction n&apos;a pas été déclarée, ou déclarée mais non certifiée, à la clôture de leur tâche&#xa0;: ni dans les chiffres des stocks ci-dessus, ni détruites, elles restent à l&apos;État jusqu&apos;à ce qu&apos;une enquête les retrouve, les fasse détruire avec un certificat ou qu&apos;une autorité les radie. En mines, comme les chiffres ci-dessus (la perte d&apos;une unité contenant les deux catégories figure dans les deux tableaux).</translation>
    </message>
    <message>
        <source>Unaccounted losses: mines covered by {profile}, not destroyed</source>
        <translation>Pertes inexpliquées&#xa0;: mines couvertes par le profil «&#xa0;{profile}&#xa0;», non détruites</translation>
    </message>
    <message>
        <source>Unaccounted losses: mines not covered by {profile}, not destroyed</source>
        <translation>Pertes inexpliquées&#xa0;: mines non couvertes par le profil «&#xa0;{profile}&#xa0;», non détruites</translation>
    </message>
    <message>
        <source>Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the others apart), as they stand today ({today}), not as of {date}.</source>
        <translation>Tâches ouvertes dont la date prévue est dépassée et qui ne sont pas entièrement exécutées, en mines régies par le profil «&#xa0;{profile}&#xa0;» (les autres à part), telles qu&apos;elles se présentent aujourd&apos;hui ({today}), et non au {date}.</translation>
    </message>
    <message>
        <source>Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the others apart).</source>
        <translation>Tâches ouvertes dont la date prévue est dépassée et qui ne sont pas entièrement exécutées, en mines régies par le profil «&#xa0;{profile}&#xa0;» (les autres à part).</translation>
    </message>
    <message>
        <source>Overdue destruction tasks</source>
        <translation>Tâches de destruction en retard</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <source>Not covered, left</source>
        <translation>Non couvertes, restantes</translation>
    </message>
</context>
<context>
    <name>StockpileView</name>
    <message>
        <source>Any status</source>
        <translation>Toute situation</translation>
    </message>
    <message>
        <source>Unscheduled surplus</source>
        <translation>Excédent non programmé</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <source>At destruction sites</source>
        <translation>Sur les sites de destruction</translation>
    </message>
    <message>
        <source>Partially destroyed</source>
        <translation>Partiellement détruit</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruites</translation>
    </message>
    <message>
        <source>SD/SDA: all</source>
        <translation>AD/ADA&#xa0;: toutes</translation>
    </message>
    <message>
        <source>Self-destructing (SD)</source>
        <translation>À autodestruction (AD)</translation>
    </message>
    <message>
        <source>Self-deactivating only (SDA)</source>
        <translation>À autodésactivation seule (ADA)</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistante</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Held after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>Motif / note</translation>
    </message>
    <message>
        <source>{reason} (reversed by entry {entry})</source>
        <translation>{reason} (annulée par l&apos;écriture {entry})</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>released (surplus)</source>
        <translation>libérées (excédent)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levée</translation>
    </message>
    <message>
        <source>{day}, {by}: {reason}</source>
        <translation>{day}, {by}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Lot {lot} - {type}, {site} ({country}), {sd}</source>
        <translation>Lot {lot} - {type}, {site} ({country}), {sd}</translation>
    </message>
    <message>
        <source>UNACCOUNTED FOR {count}</source>
        <translation>INEXPLIQUÉES {count}</translation>
    </message>
    <message>
        <source>retained {count} ({category})</source>
        <translation>conservées {count} ({category})</translation>
    </message>
    <message>
        <source>retained {count}</source>
        <translation>conservées {count}</translation>
    </message>
    <message>
        <source>on hand {count}</source>
        <translation>en stock {count}</translation>
    </message>
    <message>
        <source>surplus {count}</source>
        <translation>excédent {count}</translation>
    </message>
    <message>
        <source>scheduled {count}</source>
        <translation>programmées {count}</translation>
    </message>
    <message>
        <source>suspended {count}</source>
        <translation>suspendues {count}</translation>
    </message>
    <message>
        <source>at destruction sites {count} ({held} suspended there)</source>
        <translation>sur les sites de destruction {count} (dont {held} suspendues)</translation>
    </message>
    <message>
        <source>at destruction sites {count}</source>
        <translation>sur les sites de destruction {count}</translation>
    </message>
    <message>
        <source>destroyed {count}</source>
        <translation>détruites {count}</translation>
    </message>
    <message>
        <source>held at {sites}</source>
        <translation>détenues à {sites}</translation>
    </message>
    <message>
        <source>{contents} per item: {mines} mines on hand</source>
        <translation>{contents} par unité&#xa0;: {mines} mines en stock</translation>
    </message>
    <message>
        <source>Select a lot to see its ledger.</source>
        <translation>Sélectionnez un lot pour voir son registre.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>{by}, {day}</source>
        <translation>{by}, {day}</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Ledger of the lot</source>
        <translation>Registre du lot</translation>
    </message>
    <message>
        <source>The lot&apos;s records</source>
        <translation>Les registres du lot</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Retention decisions of the lot</source>
        <translation>Décisions de conservation du lot</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Suspensions of the lot</source>
        <translation>Suspensions du lot</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>Tasks of the lot</source>
        <translation>Tâches du lot</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Destruction events of the lot</source>
        <translation>Destructions du lot</translation>
    </message>
    <message>
        <source>Destruction events</source>
        <translation>Destructions</translation>
    </message>
    <message>
        <source>Reading the lot...</source>
        <translation>Lecture du lot...</translation>
    </message>
    <message>
        <source>The lot could not be read: {error}</source>
        <translation>Le lot n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>AP and AV</source>
        <translation>AP et AV</translation>
    </message>
    <message>
        <source>SD, SDA or persistent</source>
        <translation>AD, ADA ou persistante</translation>
    </message>
    <message>
        <source>Search lot number or notes...</source>
        <translation>Rechercher un numéro de lot ou une note...</translation>
    </message>
    <message>
        <source>Search lot number or notes</source>
        <translation>Rechercher un numéro de lot ou une note</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Loading the stockpile...</source>
        <translation>Chargement des stocks...</translation>
    </message>
    <message>
        <source>The stockpile could not be read: {error}</source>
        <translation>Les stocks n&apos;ont pas pu être lus&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
</context>
<context>
    <name>SuspensionDialogs</name>
    <message>
        <source>Lot {lot} ({type}), in {unit}: {on_hand} on hand, {retained} retained, {scheduled} scheduled, {suspended} suspended, {unscheduled} unscheduled surplus.</source>
        <translation>Lot {lot} ({type}), en {unit}&#xa0;: {on_hand} en stock, {retained} conservées, {scheduled} programmées, {suspended} suspendues, {unscheduled} en excédent non programmé.</translation>
    </message>
    <message>
        <source>Suspend - lot {lot}</source>
        <translation>Suspendre - lot {lot}</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>{lot_note} Suspended mines stay surplus, held back until lifted.</source>
        <translation>{lot_note} Les mines suspendues restent excédentaires, bloquées jusqu&apos;à la levée.</translation>
    </message>
    <message>
        <source>{site}, its home</source>
        <translation>{site}, son site d&apos;attache</translation>
    </message>
    <message>
        <source>{site}, for destruction ({awaiting} await destruction there)</source>
        <translation>{site}, pour destruction ({awaiting} y attendent leur destruction)</translation>
    </message>
    <message>
        <source>Mines at</source>
        <translation>Mines à</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Suspend ({unit})</source>
        <translation>Suspendre ({unit})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Lift a suspension - lot {lot}</source>
        <translation>Lever une suspension - lot {lot}</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Lot {lot} has no suspension in force.</source>
        <translation>Le lot {lot} ne fait l&apos;objet d&apos;aucune suspension en vigueur.</translation>
    </message>
    <message>
        <source>{kind} {reference}: {quantity} since {date}</source>
        <translation>{kind} {reference}&#xa0;: {quantity} depuis le {date}</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Why lifted</source>
        <translation>Motif de la levée</translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation>Levée le</translation>
    </message>
    <message>
        <source>Suspended {quantity} of lot {lot}: {kind} {reference}</source>
        <translation>{quantity} du lot {lot} suspendues&#xa0;: {kind} {reference}</translation>
    </message>
    <message>
        <source>Lifted {kind} {reference} on lot {lot}: {quantity} can be scheduled</source>
        <translation>Levée&#xa0;: {kind} {reference} sur le lot {lot}&#xa0;; {quantity} peuvent être programmées</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>{page} is still being read: export it once its rows show.</source>
        <translation>La page {page} est encore en cours de lecture&#xa0;: exportez-la une fois ses lignes affichées.</translation>
    </message>
    <message>
        <source>Export {page}</source>
        <translation>Exporter&#xa0;: {page}</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Exported {count} rows of {page} to {path}</source>
        <translation>{count} lignes de la page {page} exportées dans {path}</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>OVERDUE; DISCREPANCY: {gap} shipped, not destroyed</source>
        <translation>EN RETARD&#xa0;; ÉCART&#xa0;: {gap} expédiées, non détruites</translation>
    </message>
    <message>
        <source>DISCREPANCY: {gap} shipped, not destroyed</source>
        <translation>ÉCART&#xa0;: {gap} expédiées, non détruites</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>carried out - to close</source>
        <translation>exécutée - à clôturer</translation>
    </message>
    <message>
        <source>shipped, awaiting destruction</source>
        <translation>expédiées, en attente de destruction</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your name goes on every record you make and on the audit log. On a SQLite file it is the recorder, a change of it audited beside your operating-system login ({os_login}); on PostgreSQL your database login is the recorder and this name is shown beside it.</source>
        <translation>Votre nom figure sur chacun de vos enregistrements et au journal d&apos;audit. Sur un fichier SQLite, il désigne l&apos;auteur des enregistrements, et tout changement en est consigné avec votre identifiant du système d&apos;exploitation ({os_login})&#xa0;; sur PostgreSQL, votre identifiant de base de données désigne l&apos;auteur et ce nom s&apos;affiche à côté.</translation>
    </message>
    <message>
        <source>Your database login, {login}, is the recorder: it goes on every record you make and on the audit log, and the four-eyes rule compares it. The name you type is shown beside it, as {login} (your name); changing it is audited.</source>
        <translation>Votre identifiant de base de données, {login}, est celui de l&apos;auteur des enregistrements&#xa0;: il figure sur chacun de vos enregistrements et au journal d&apos;audit, et la règle du double contrôle s&apos;y réfère. Le nom que vous saisissez s&apos;affiche à côté, sous la forme {login} (votre nom)&#xa0;; tout changement en est consigné.</translation>
    </message>
    <message>
        <source>You are signed in as the database&apos;s owner: it records under the name you type, on every record you make and on the audit log. Give each person a login of their own (db roles) for the record to prove who did what.</source>
        <translation>Vous êtes connecté en tant que propriétaire de la base de données&#xa0;: elle enregistre sous le nom que vous saisissez, sur chacun de vos enregistrements et au journal d&apos;audit. Attribuez à chaque personne son propre identifiant (db roles) pour que le registre prouve qui a fait quoi.</translation>
    </message>
    <message>
        <source>On this SQLite file the name you type is the recorder: it goes on every record you make and on the audit log, and a change of it is audited beside your operating-system login ({os_login}). A single-user file proves no more than that: several people working under four eyes use PostgreSQL.</source>
        <translation>Sur ce fichier SQLite, le nom que vous saisissez est celui de l&apos;auteur des enregistrements&#xa0;: il figure sur chacun de vos enregistrements et au journal d&apos;audit, et tout changement de ce nom est consigné avec votre identifiant du système d&apos;exploitation ({os_login}). Un fichier mono-utilisateur ne prouve rien de plus&#xa0;: plusieurs personnes travaillant selon le principe du double contrôle utilisent PostgreSQL.</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Qui travaille&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. Sgt. J. Doe</source>
        <translation>p. ex. Sgt J. Dupont</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Anti-personnel</source>
        <translation>Antipersonnel</translation>
    </message>
    <message>
        <source>Anti-vehicle</source>
        <translation>Antivéhicule</translation>
    </message>
    <message>
        <source>victim-activated</source>
        <translation>déclenchée par la victime</translation>
    </message>
    <message>
        <source>command-detonated</source>
        <translation>déclenchée sur commande</translation>
    </message>
    <message>
        <source>both (victim-activated or command-detonated)</source>
        <translation>les deux (déclenchée par la victime ou sur commande)</translation>
    </message>
    <message>
        <source>self-destructing (SD)</source>
        <translation>autodestructrice (AD)</translation>
    </message>
    <message>
        <source>self-deactivating only (SDA)</source>
        <translation>autodésactivante seulement (ADA)</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>persistante</translation>
    </message>
    <message>
        <source>SD {hours} h</source>
        <translation>AD {hours} h</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>SDA</source>
        <translation>ADA</translation>
    </message>
    <message>
        <source>artillery</source>
        <translation>artillerie</translation>
    </message>
    <message>
        <source>air-dropped</source>
        <translation>larguée par aéronef</translation>
    </message>
    <message>
        <source>ground dispenser</source>
        <translation>dispersion au sol</translation>
    </message>
    <message>
        <source>man-portable dispenser</source>
        <translation>dispersion portable</translation>
    </message>
    <message>
        <source>hand-emplaced</source>
        <translation>posée à la main</translation>
    </message>
    <message>
        <source>hand-thrown</source>
        <translation>lancée à la main</translation>
    </message>
    <message>
        <source>opening balance</source>
        <translation>solde d&apos;ouverture</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>découverte</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>transfert entrant</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>transfert sortant</translation>
    </message>
    <message>
        <source>shipped for destruction</source>
        <translation>expédiées pour destruction</translation>
    </message>
    <message>
        <source>consumed in training</source>
        <translation>consommées à l&apos;instruction</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>détruites</translation>
    </message>
    <message>
        <source>stock-check gain</source>
        <translation>excédent d&apos;inventaire</translation>
    </message>
    <message>
        <source>stock-check loss</source>
        <translation>manquant d&apos;inventaire</translation>
    </message>
    <message>
        <source>found and returned</source>
        <translation>retrouvées et restituées</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>contre-passation</translation>
    </message>
    <message>
        <source>moved to another site</source>
        <translation>déplacées vers un autre site</translation>
    </message>
    <message>
        <source>moved from another site</source>
        <translation>déplacées depuis un autre site</translation>
    </message>
    <message>
        <source>returned from a destruction site</source>
        <translation>revenues d&apos;un site de destruction</translation>
    </message>
    <message>
        <source>shipped in for destruction</source>
        <translation>reçues pour destruction</translation>
    </message>
    <message>
        <source>sent back from destruction</source>
        <translation>renvoyées par le site de destruction</translation>
    </message>
    <message>
        <source>unaccounted loss</source>
        <translation>perte inexpliquée</translation>
    </message>
    <message>
        <source>Korea defence</source>
        <translation>Défense de la Corée</translation>
    </message>
    <message>
        <source>Article 3 training</source>
        <translation>Formation au titre de l&apos;article 3</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>blocage judiciaire</translation>
    </message>
    <message>
        <source>investigation</source>
        <translation>enquête</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>open detonation</source>
        <translation>détonation à l&apos;air libre</translation>
    </message>
    <message>
        <source>open burning</source>
        <translation>brûlage à l&apos;air libre</translation>
    </message>
    <message>
        <source>contained detonation</source>
        <translation>détonation confinée</translation>
    </message>
    <message>
        <source>incineration (static kiln)</source>
        <translation>incinération (four statique)</translation>
    </message>
    <message>
        <source>incineration (rotary kiln)</source>
        <translation>incinération (four rotatif)</translation>
    </message>
    <message>
        <source>mechanical disassembly</source>
        <translation>démontage mécanique</translation>
    </message>
    <message>
        <source>washout/meltout</source>
        <translation>lavage/fusion</translation>
    </message>
    <message>
        <source>cryofracture</source>
        <translation>cryofracture</translation>
    </message>
    <message>
        <source>cutting</source>
        <translation>découpage</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courrier électronique</translation>
    </message>
    <message>
        <source>Form A - national implementation measures</source>
        <translation>Formule A - Mesures d&apos;application nationales</translation>
    </message>
    <message>
        <source>Form B - stockpiled anti-personnel mines</source>
        <translation>Formule B - Stocks de mines antipersonnel</translation>
    </message>
    <message>
        <source>Form C - location of mined areas</source>
        <translation>Formule C - Localisation des zones minées</translation>
    </message>
    <message>
        <source>Form D - anti-personnel mines retained or transferred</source>
        <translation>Formule D - Mines antipersonnel conservées ou transférées</translation>
    </message>
    <message>
        <source>Form E - status of programmes for conversion or decommissioning of production facilities</source>
        <translation>Formule E - État des programmes de reconversion ou de mise hors service des installations de production de mines antipersonnel</translation>
    </message>
    <message>
        <source>Form F - status of programmes for destruction of anti-personnel mines</source>
        <translation>Formule F - État des programmes de destruction des mines antipersonnel</translation>
    </message>
    <message>
        <source>Form G - anti-personnel mines destroyed</source>
        <translation>Formule G - Mines antipersonnel détruites</translation>
    </message>
    <message>
        <source>Form H - technical characteristics of each type</source>
        <translation>Formule H - Caractéristiques techniques de chaque type</translation>
    </message>
    <message>
        <source>Form I - measures to provide an immediate and effective warning to the population</source>
        <translation>Formule I - Mesures prises pour alerter dans les plus brefs délais et de manière effective la population</translation>
    </message>
    <message>
        <source>Form J - other relevant matters</source>
        <translation>Formule J - Autres questions pertinentes</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Date de présentation</translation>
    </message>
    <message>
        <source>Submission reference</source>
        <translation>Référence de la présentation</translation>
    </message>
    <message>
        <source>depot</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>destruction site</source>
        <translation>site de destruction</translation>
    </message>
    <message>
        <source>training site</source>
        <translation>site de formation</translation>
    </message>
    <message>
        <source>destroyed with a certificate</source>
        <translation>détruites avec un certificat</translation>
    </message>
    <message>
        <source>written off by an authority</source>
        <translation>radiées par une autorité</translation>
    </message>
    <message>
        <source>conservation: every mine is accounted for and stock never goes below zero</source>
        <translation>conservation&#xa0;: chaque mine est comptabilisée et le stock n&apos;est jamais négatif</translation>
    </message>
    <message>
        <source>append-only ledger: entries are never changed; a mistake is corrected by a reversal</source>
        <translation>registre en ajout seul&#xa0;: les écritures ne sont jamais modifiées&#xa0;; une erreur se corrige par une contre-passation</translation>
    </message>
    <message>
        <source>retention lock: retained mines cannot be scheduled, moved or destroyed</source>
        <translation>verrou de conservation&#xa0;: les mines conservées ne peuvent être programmées, déplacées ni détruites</translation>
    </message>
    <message>
        <source>allocation: what is scheduled for destruction cannot exceed the surplus</source>
        <translation>affectation&#xa0;: ce qui est programmé pour destruction ne peut dépasser l&apos;excédent</translation>
    </message>
    <message>
        <source>suspension: suspended mines are surplus, but cannot be scheduled, moved or destroyed</source>
        <translation>suspension&#xa0;: les mines suspendues sont excédentaires, mais ne peuvent être programmées, déplacées ni détruites</translation>
    </message>
    <message>
        <source>surplus to schedule: all surplus is scheduled for destruction</source>
        <translation>excédent à programmer&#xa0;: tout l&apos;excédent est programmé pour destruction</translation>
    </message>
    <message>
        <source>policy: only the retention the policy permits</source>
        <translation>politique&#xa0;: seule la conservation que la politique permet</translation>
    </message>
    <message>
        <source>scope: what the profile governs; other stock is shown apart</source>
        <translation>champ&#xa0;: ce que le profil régit&#xa0;; les autres stocks sont présentés à part</translation>
    </message>
    <message>
        <source>persistent mines: kept only for training</source>
        <translation>mines persistantes&#xa0;: conservées uniquement pour la formation</translation>
    </message>
    <message>
        <source>Korea reserve: for the defence of the Republic of Korea, no more than required</source>
        <translation>réserve coréenne&#xa0;: pour la défense de la République de Corée, pas plus que nécessaire</translation>
    </message>
    <message>
        <source>acquisition ban: no mines acquired after the ban</source>
        <translation>interdiction d&apos;acquisition&#xa0;: aucune mine acquise après l&apos;interdiction</translation>
    </message>
    <message>
        <source>transfers: only for destruction</source>
        <translation>transferts&#xa0;: uniquement aux fins de destruction</translation>
    </message>
    <message>
        <source>Article 3: only the minimum number absolutely necessary</source>
        <translation>article 3&#xa0;: uniquement le nombre minimum absolument nécessaire</translation>
    </message>
    <message>
        <source>deadlines: all surplus destroyed by the deadline</source>
        <translation>échéances&#xa0;: tout l&apos;excédent détruit à l&apos;échéance</translation>
    </message>
    <message>
        <source>Article 7 reports: the initial one within 180 days, then one by each 30 April</source>
        <translation>rapports au titre de l&apos;article 7&#xa0;: le rapport initial dans les 180 jours, puis un au plus tard le 30 avril de chaque année</translation>
    </message>
    <message>
        <source>reconciliation: shipped, destroyed and certified agree</source>
        <translation>rapprochement&#xa0;: expédié, détruit et certifié concordent</translation>
    </message>
    <message>
        <source>four eyes: a second person verifies</source>
        <translation>double contrôle&#xa0;: une seconde personne vérifie</translation>
    </message>
    <message>
        <source>terminal states: what is final takes no further change</source>
        <translation>états finals&#xa0;: ce qui est définitif ne change plus</translation>
    </message>
    <message>
        <source>dates: none in the future or before the lot existed</source>
        <translation>dates&#xa0;: aucune dans le futur ni avant l&apos;existence du lot</translation>
    </message>
    <message>
        <source>the database&apos;s own checks</source>
        <translation>les contrôles propres à la base de données</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>canisters</source>
        <translation>conteneurs</translation>
    </message>
    <message>
        <source>dispensers</source>
        <translation>distributeurs</translation>
    </message>
    <message>
        <source>items</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modules</translation>
    </message>
    <message>
        <source>projectiles</source>
        <translation>projectiles</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
    <message>
        <source>Lot no.</source>
        <translation>N° de lot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>{column}, lot {lot}</source>
        <translation>{column}, lot {lot}</translation>
    </message>
</context>
</TS>
