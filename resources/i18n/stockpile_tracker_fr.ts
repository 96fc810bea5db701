<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
</TS>
