<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Rectifier le type de mine...</translation>
    </message>
    <message>
        <source>Correct site...</source>
        <translation>Rectifier le site...</translation>
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
        <translation>Mines par article</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Mise de feu</translation>
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
        <translation>SDA</translation>
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
        <translation>Les chiffres du tableau de bord n&apos;ont pas pu être lus : {error}</translation>
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
        <translation>Graphique d&apos;avancement : prévues et détruites par mois, et la prévision</translation>
    </message>
    <message>
        <source>Stock by type chart: retained and surplus</source>
        <translation>Graphique des stocks par type : conservées et excédent</translation>
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
        <translation>Sélectionnez un constat pour voir ce qu&apos;il désigne ; double-cliquez dessus pour l&apos;ouvrir.</translation>
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
        <translation>Profil de politique...</translation>
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
        <translation>vérifié au regard de &lt;b&gt;{profile}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; checking the record...</source>
        <translation>&lt;b&gt;Constats :&lt;/b&gt; vérification des registres...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; {errors}, {warnings}, {info} for information</source>
        <translation>&lt;b&gt;Constats :&lt;/b&gt; {errors}, {warnings}, {info} pour information</translation>
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
        <translation>&lt;b&gt;Constats :&lt;/b&gt; aucun - toutes les vérifications sont satisfaites</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; the checks could not run: {error}</source>
        <translation>&lt;b&gt;Constats :&lt;/b&gt; les vérifications n&apos;ont pas pu être effectuées : {error}</translation>
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
        <translation>{lots} ({items} articles)</translation>
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
        <translation>(plus {count} réservées pour la Corée au-delà du besoin : excédent)</translation>
    </message>
    <message>
        <source>to destroy under {profile} = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}</source>
        <translation>à détruire au titre de {profile} = programmées {scheduled} + suspendues {suspended} + non programmées {unscheduled}</translation>
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
        <translation>et {count} manquantes (tâches clôturées incomplètes)</translation>
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
        <translation>dans les délais : excédent jamais éliminé au rythme récent</translation>
    </message>
    <message>
        <source>NOT on track: forecast never at the recent rate</source>
        <translation>HORS délais : jamais au rythme récent, selon la prévision</translation>
    </message>
    <message>
        <source>on track: surplus gone by {month}</source>
        <translation>dans les délais : excédent éliminé d&apos;ici {month}</translation>
    </message>
    <message>
        <source>NOT on track: forecast {month}</source>
        <translation>HORS délais : prévision {month}</translation>
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
        <translation>par rapport au plan : {share} (détruites {destroyed} sur {planned} prévues) ; tâches ouvertes : {open}, en retard : {overdue}</translation>
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
        <translation>Double-cliquez pour ouvrir ({count} autres non listés ; filtrez les stocks pour les voir tous) :</translation>
    </message>
    <message>
        <source>Double-click to open:</source>
        <translation>Double-cliquez pour ouvrir :</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Stockpile Tracker - user guide</source>
        <translation>Stockpile Tracker - guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>the file {path}</source>
        <translation>le fichier {path}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Keeps a landmine stockpile honest: lots, retention, destruction and the reports officials sign.</source>
        <translation>Tient le registre fidèle d&apos;un stock de mines : lots, conservation, destruction et les rapports que signent les responsables.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database in use:&lt;/b&gt;&lt;br&gt;{database}</source>
        <translation>&lt;b&gt;Base de données utilisée :&lt;/b&gt;&lt;br&gt;{database}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log file&lt;/b&gt; (send it with a problem report):&lt;br&gt;{file}</source>
        <translation>&lt;b&gt;Journal&lt;/b&gt; (à joindre à tout signalement de problème) :&lt;br&gt;{file}</translation>
    </message>
    <message>
        <source>Licence: MIT. Built with Qt for Python (PySide6 {version}).</source>
        <translation>Licence : MIT. Réalisé avec Qt for Python (PySide6 {version}).</translation>
    </message>
    <message>
        <source>About Stockpile Tracker</source>
        <translation>À propos de Stockpile Tracker</translation>
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
        <translation>Le journal des destructions n&apos;a pas pu être lu : {error}</translation>
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
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officier</translation>
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
        <source>{mines} mines destroyed</source>
        <translation>{mines} mines détruites</translation>
    </message>
    <message>
        <source>{items} items ({mines} mines) destroyed</source>
        <translation>{items} articles ({mines} mines) détruits</translation>
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
        <translation>SD/SDA</translation>
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
        <translation>Conservé pour</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>items, as the ledger counts them</source>
        <translation>articles, tels que le registre les compte</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Mines</translation>
    </message>
    <message>
        <source>mines on hand: items x mines per item</source>
        <translation>mines en stock : articles x mines par article</translation>
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
        <translation>excédent soustrait à la destruction : mesure judiciaire, enquête ou sécurité</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>awaiting destruction at destruction sites: shipped for an open task, not yet reported destroyed, still held</source>
        <translation>en attente de destruction sur les sites de destruction : expédiées pour une tâche ouverte, destruction non encore déclarée, toujours détenues</translation>
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
        <source>Destroyed</source>
        <translation>Détruites</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>Du plan</translation>
    </message>
    <message>
        <source>destroyed of what the tasks planned; the dashboard shows progress to the deadline, which a full plan can still miss</source>
        <translation>part détruite de ce que les tâches prévoyaient ; le tableau de bord montre l&apos;avancement vers l&apos;échéance, qu&apos;un plan complet peut encore manquer</translation>
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
        <source>Shipped</source>
        <translation>Expédiées</translation>
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
        <translation>Clôturer la tâche...</translation>
    </message>
    <message>
        <source>Loading the destruction plan...</source>
        <translation>Chargement du plan de destruction...</translation>
    </message>
    <message>
        <source>The destruction plan could not be read: {error}</source>
        <translation>Le plan de destruction n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Unaccounted losses under investigation (Destruction, Resolve unaccounted loss):</source>
        <translation>Pertes inexpliquées faisant l&apos;objet d&apos;une enquête (Destruction, Régler une perte inexpliquée) :</translation>
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
        <translation>couvertes : {retained} mines conservées</translation>
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
        <translation>couvertes : excédent {surplus} mines = programmées {scheduled} + suspendues {suspended} + non programmées {unscheduled}</translation>
    </message>
    <message>
        <source>also retained {retained}</source>
        <translation>également conservées {retained}</translation>
    </message>
    <message>
        <source>covered: on hand {on_hand} mines = retained {retained} + surplus {surplus} (scheduled {scheduled}); at destruction sites {at_destruction}; destroyed {destroyed}</source>
        <translation>couvertes : en stock {on_hand} mines = conservées {retained} + excédent {surplus} (programmées {scheduled}) ; sur les sites de destruction {at_destruction} ; détruites {destroyed}</translation>
    </message>
    <message>
        <source>covered: on hand {on_hand} mines = retained {retained} + surplus {surplus} (scheduled {scheduled}); destroyed {destroyed}</source>
        <translation>couvertes : en stock {on_hand} mines = conservées {retained} + excédent {surplus} (programmées {scheduled}) ; détruites {destroyed}</translation>
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
        <translation>non couvertes : en stock {on_hand}</translation>
    </message>
    <message>
        <source>{lots_shown}: {items} on hand, {mines} mines</source>
        <translation>{lots_shown} : {items} en stock, {mines} mines</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} article</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} articles</translation>
    </message>
    <message>
        <source>{scope}, in mines ({lots}): on hand {on_hand} = retained {retained} + surplus {surplus}; surplus = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}; at destruction sites {at_destruction} (held {held}); destroyed {destroyed}</source>
        <translation>{scope}, en mines ({lots}) : en stock {on_hand} = conservées {retained} + excédent {surplus} ; excédent = programmées {scheduled} + suspendues {suspended} + non programmées {unscheduled} ; sur les sites de destruction {at_destruction} (retenues {held}) ; détruites {destroyed}</translation>
    </message>
    <message>
        <source>The rows are in items, each with its own retention decision; these totals are in mines.</source>
        <translation>Les lignes sont en articles, chacune avec sa propre décision de conservation ; ces totaux sont en mines.</translation>
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
        <translation>{findings} : {errors}, {warnings}, {info} pour information</translation>
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
        <source>planned {planned}</source>
        <translation>prévues {planned}</translation>
    </message>
    <message>
        <source>destroyed {destroyed}</source>
        <translation>détruites {destroyed}</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue</source>
        <translation>ouvertes : {open}, en retard : {overdue}</translation>
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
        <translation>en attente de vérification : {count}</translation>
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
    <name>StockpileView</name>
    <message>
        <source>Any status</source>
        <translation>Toute situation</translation>
    </message>
    <message>
        <source>SD/SDA: all</source>
        <translation>SD/SDA : toutes</translation>
    </message>
    <message>
        <source>Self-destructing (SD)</source>
        <translation>À autodestruction (SD)</translation>
    </message>
    <message>
        <source>Self-deactivating only (SDA)</source>
        <translation>À autodésactivation seule (SDA)</translation>
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
        <translation>Conservé pour</translation>
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
        <source>Suspended</source>
        <translation>Suspendues</translation>
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
        <translation>{day}, {by} : {reason}</translation>
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
        <translation>MANQUANTES {count}</translation>
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
        <translation>{contents} par article : {mines} mines en stock</translation>
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
        <source>Destroyed</source>
        <translation>Détruites</translation>
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
        <source>At destruction sites</source>
        <translation>Sur les sites de destruction</translation>
    </message>
    <message>
        <source>Partially destroyed</source>
        <translation>Partiellement détruit</translation>
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
        <translation>Officier</translation>
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
        <translation>Le lot n&apos;a pas pu être lu : {error}</translation>
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
        <translation>SD, SDA ou persistante</translation>
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
        <translation>Les stocks n&apos;ont pas pu être lus : {error}</translation>
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
