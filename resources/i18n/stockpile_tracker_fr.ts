<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Clôturée incomplète</translation>
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
        <translation>Non comptabilisées</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
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
        <translation>une écriture de l&apos;onglet Ledger d&apos;un lot des Stocks</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
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
        <translation>Transférer une partie du lot sélectionné dans un nouveau lot</translation>
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
        <translation>Retenir une partie du lot sélectionné&#xa0;: blocage judiciaire, enquête ou sécurité&#xa0;; elle reste excédentaire</translation>
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
        <translation>La page de garde, les formulaires de texte et les notes des tableaux du rapport d&apos;une année au titre de l&apos;article 7</translation>
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
        <translation>Sceau {seal} : l&apos;état du journal d&apos;audit du registre au moment de cette impression. Conservez-le : {command} prouvera ultérieurement que l&apos;historique du registre jusqu&apos;à ce point n&apos;a pas été réécrit.</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom : {name}</translation>
    </message>
    <message>
        <source>Signature: {blank}</source>
        <translation>Signature : {blank}</translation>
    </message>
    <message>
        <source>Date: {blank}</source>
        <translation>Date : {blank}</translation>
    </message>
    <message>
        <source>filter: {selection}</source>
        <translation>filtre : {selection}</translation>
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
        <source>Compliance checks running...</source>
        <translation>Contrôles de conformité en cours...</translation>
    </message>
    <message>
        <source>The compliance checks could not run</source>
        <translation>Les contrôles de conformité n&apos;ont pas pu être exécutés</translation>
    </message>
    <message>
        <source>Reading the destruction plan...</source>
        <translation>Lecture du plan de destruction...</translation>
    </message>
    <message>
        <source>Reading the destruction log...</source>
        <translation>Lecture du journal des destructions...</translation>
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
        <translation>En dépôt</translation>
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
        <source>covered by {profile}</source>
        <translation>couvertes par {profile}</translation>
    </message>
    <message>
        <source>not covered by {profile}</source>
        <translation>non couvertes par {profile}</translation>
    </message>
    <message>
        <source>{profile} governs {scope}; only those mines count against its obligations. Figures are mines (items x mines per item): a lot of an item holding both kinds (a Volcano canister) is on both lines, so its lots are not added up. The total adds what is held, never the two surpluses: only the one covered is to destroy.</source>
        <translation>{profile} régit {scope} ; seules ces mines sont prises en compte au titre de ses obligations. Les chiffres sont des mines (articles x mines par article) : un lot d&apos;un article contenant les deux catégories (un conteneur Volcano) figure sur les deux lignes, de sorte que ses lots ne sont pas additionnés. Le total additionne les quantités détenues, jamais les deux excédents : seul l&apos;excédent couvert est à détruire.</translation>
    </message>
    <message>
        <source>Covered: of the surplus, {beyond} are reserved for Korea beyond the requirement: the lots still show them retained until the office releases them; Retained counts the reserve up to the requirement (see Retained, by reason).</source>
        <translation>Couvertes : sur l&apos;excédent, {beyond} sont réservées pour la Corée au-delà du besoin : les lots les indiquent encore comme conservées jusqu&apos;à leur libération par le service ; Conservées compte la réserve à concurrence du besoin (voir Conservées, par motif).</translation>
    </message>
    <message>
        <source>In and out of scope of {profile}</source>
        <translation>Dans et hors du champ de {profile}</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <source>Cat.: AP {ap}, AV {av}. Activation: {victim} for {victim_label}, {command} for {command_label}, {both}.</source>
        <translation>Cat. : AP {ap}, AV {av}. Déclenchement : {victim} pour {victim_label}, {command} pour {command_label}, {both}.</translation>
    </message>
    <message>
        <source>A lot of an item holding both categories (a Volcano canister) counts under each.</source>
        <translation>Un lot d&apos;un article contenant les deux catégories (un conteneur Volcano) est compté sous chacune.</translation>
    </message>
    <message>
        <source>Held = at destruction sites + on hand. Mines shipped for destruction and not yet reported destroyed are at the destruction site&apos;s line, and mines moved to another of the state&apos;s sites at that site&apos;s line (surplus, not scheduled); their lots, and what the lots had destroyed, are counted at each lot&apos;s home.</source>
        <translation>Détenues = sur les sites de destruction + en dépôt. Les mines expédiées pour destruction et dont la destruction n&apos;a pas encore été déclarée figurent à la ligne du site de destruction, et les mines déplacées vers un autre site de l&apos;État à la ligne de ce site (excédent, non programmé) ; leurs lots, et ce que les lots ont fait détruire, sont comptés au site d&apos;attache de chaque lot.</translation>
    </message>
    <message>
        <source>Summary by category, covered by {profile}</source>
        <translation>Récapitulatif par catégorie, couvertes par {profile}</translation>
    </message>
    <message>
        <source>Summary by category, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Récapitulatif par catégorie, non couvertes par {profile} (présentées à part ; aucune obligation ne les compte)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>By self-destruct / self-deactivation, covered by {profile}</source>
        <translation>Par autodestruction / autodésactivation, couvertes par {profile}</translation>
    </message>
    <message>
        <source>By self-destruct / self-deactivation, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Par autodestruction / autodésactivation, non couvertes par {profile} (présentées à part ; aucune obligation ne les compte)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>By site, covered by {profile}</source>
        <translation>Par site, couvertes par {profile}</translation>
    </message>
    <message>
        <source>By site, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Par site, non couvertes par {profile} (présentées à part ; aucune obligation ne les compte)</translation>
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
        <translation>Par type, couvertes par {profile}</translation>
    </message>
    <message>
        <source>By type, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Par type, non couvertes par {profile} (présentées à part ; aucune obligation ne les compte)</translation>
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
        <translation>Au-delà du besoin : excédent</translation>
    </message>
    <message>
        <source>Mines reserved for Korea beyond the requirement in force are surplus to destroy, counted in the type&apos;s last lots by lot number: the lots&apos; decisions keep them until the office releases them, and every figure of the profile counts them as surplus, not retained.</source>
        <translation>Les mines réservées pour la Corée au-delà du besoin en vigueur sont un excédent à détruire, comptées dans les derniers lots du type par numéro de lot : les décisions des lots les conservent jusqu&apos;à leur libération par le service, et chaque chiffre du profil les compte comme excédent, non comme conservées.</translation>
    </message>
    <message>
        <source>Items and mines, by type</source>
        <translation>Articles et mines, par type</translation>
    </message>
    <message>
        <source>Mines per item</source>
        <translation>Mines par article</translation>
    </message>
    <message>
        <source>Items held</source>
        <translation>Articles détenus</translation>
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
        <translation>Articles détruits</translation>
    </message>
    <message>
        <source>Mines destroyed</source>
        <translation>Mines détruites</translation>
    </message>
    <message>
        <source>The ledger counts items; every other table counts mines (items x mines per item). Held: on hand at the state&apos;s own sites and shipped to destruction sites, not yet destroyed.</source>
        <translation>Le registre compte des articles ; tous les autres tableaux comptent des mines (articles x mines par article). Détenues : en dépôt sur les sites de l&apos;État et expédiées vers les sites de destruction, non encore détruites.</translation>
    </message>
    <message>
        <source>Unaccounted losses (mines not accounted for when their task was closed): none.</source>
        <translation>Pertes non comptabilisées (mines non justifiées à la clôture de leur tâche) : néant.</translation>
    </message>
    <message>
        <source>Programme {name}: deadline {deadline}, {distance}.</source>
        <translation>Programme {name} : échéance le {deadline}, {distance}.</translation>
    </message>
    <message>
        <source>Figures are computed from the ledger up to the end of the date: entries, retention decisions and destructions dated up to then, and destruction tasks open then: from the day their work began (entered, or their first shipment or destruction) until they were closed or cancelled.</source>
        <translation>Les chiffres sont calculés à partir du registre jusqu&apos;à la fin de la date : écritures, décisions de conservation et destructions datées jusqu&apos;à ce jour, et tâches de destruction ouvertes à ce jour : du jour où leurs travaux ont commencé (saisie, ou première expédition ou destruction) jusqu&apos;à leur clôture ou annulation.</translation>
    </message>
    <message>
        <source>Stockpile status</source>
        <translation>Situation des stocks</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <source>1 day after {date}</source>
        <translation>1 jour après le {date}</translation>
    </message>
    <message>
        <source>{days} days after {date}</source>
        <translation>{days} jours après le {date}</translation>
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
        <source>{site}, for destruction</source>
        <translation>{site}, pour destruction</translation>
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
        <translation>Articles</translation>
    </message>
    <message>
        <source>Mines covered by {profile}</source>
        <translation>Mines couvertes par {profile}</translation>
    </message>
    <message>
        <source>Mines not covered</source>
        <translation>Mines non couvertes</translation>
    </message>
    <message>
        <source>Mines shipped for destruction, held there by a suspension: among the mines at destruction sites above, neither destroyed, sent back nor lost until it is lifted.</source>
        <translation>Mines expédiées pour destruction, retenues sur place par une suspension : comprises dans les mines sur les sites de destruction ci-dessus, ni détruites, ni renvoyées, ni perdues jusqu&apos;à sa levée.</translation>
    </message>
    <message>
        <source>Suspended mines are surplus (in Surplus and Suspended above): held back from scheduling and destruction until the suspension is lifted, then to be destroyed.</source>
        <translation>Les mines suspendues sont un excédent (dans Excédent et Suspendues ci-dessus) : soustraites à la programmation et à la destruction jusqu&apos;à la levée de la suspension, puis à détruire.</translation>
    </message>
    <message>
        <source>Mines shipped for destruction and not reported destroyed, or reported destroyed and not certified, when their task was closed: neither in the stock figures above nor destroyed, still the state&apos;s until an investigation finds them, has them destroyed with a certificate or an authority writes them off. In mines, as the figures above (a loss of an item holding both kinds is on both tables).</source>
        <translation>Mines expédiées pour destruction et dont la destruction n&apos;a pas été déclarée, ou déclarée mais non certifiée, à la clôture de leur tâche : ni dans les chiffres des stocks ci-dessus, ni détruites, elles restent à l&apos;État jusqu&apos;à ce qu&apos;une enquête les retrouve, les fasse détruire avec un certificat ou qu&apos;une autorité les radie. En mines, comme les chiffres ci-dessus (la perte d&apos;un article contenant les deux catégories figure dans les deux tableaux).</translation>
    </message>
    <message>
        <source>Unaccounted losses: mines covered by {profile}, not destroyed</source>
        <translation>Pertes non comptabilisées : mines couvertes par {profile}, non détruites</translation>
    </message>
    <message>
        <source>Unaccounted losses: mines not covered by {profile}, not destroyed</source>
        <translation>Pertes non comptabilisées : mines non couvertes par {profile}, non détruites</translation>
    </message>
    <message>
        <source>Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the others apart), as they stand today ({today}), not as of {date}.</source>
        <translation>Tâches ouvertes dont la date prévue est dépassée et qui ne sont pas entièrement exécutées, en mines régies par {profile} (les autres à part), telles qu&apos;elles se présentent aujourd&apos;hui ({today}), et non au {date}.</translation>
    </message>
    <message>
        <source>Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the others apart).</source>
        <translation>Tâches ouvertes dont la date prévue est dépassée et qui ne sont pas entièrement exécutées, en mines régies par {profile} (les autres à part).</translation>
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
        <translation>perte non comptabilisée</translation>
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
        <translation>conservation judiciaire</translation>
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
        <translation>Formule E - État des programmes de reconversion ou de mise hors service des installations de production</translation>
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
        <translation>Formule I - Mesures prises pour alerter immédiatement et effectivement la population</translation>
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
        <source>canisters</source>
        <translation>conteneurs</translation>
    </message>
    <message>
        <source>dispensers</source>
        <translation>distributeurs</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articles</translation>
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
</TS>
