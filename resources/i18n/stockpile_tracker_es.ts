<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>LossesTable</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation>Cerrada incompleta</translation>
    </message>
    <message>
        <source>Not destroyed or not certified</source>
        <translation>No destruidas o no certificadas</translation>
    </message>
    <message>
        <source>Found and returned</source>
        <translation>Halladas y devueltas</translation>
    </message>
    <message>
        <source>Destroyed later</source>
        <translation>Destruidas posteriormente</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dadas de baja</translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation>Sin justificar</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source> to </source>
        <translation> al </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Stockpile</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Destruction plan</source>
        <translation>Plan de destrucción</translation>
    </message>
    <message>
        <source>Destruction log</source>
        <translation>Registro de destrucciones</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Lots</source>
        <translation>&amp;Lotes</translation>
    </message>
    <message>
        <source>&amp;Destruction</source>
        <translation>&amp;Destrucción</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Cumplimiento</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>a lot in the Stockpile</source>
        <translation>un lote de Existencias</translation>
    </message>
    <message>
        <source>a lot in the Stockpile with a suspension in force</source>
        <translation>un lote de Existencias con una suspensión vigente</translation>
    </message>
    <message>
        <source>the lots in the Stockpile</source>
        <translation>los lotes de Existencias</translation>
    </message>
    <message>
        <source>an entry in the Ledger tab of a lot in the Stockpile</source>
        <translation>un asiento de la pestaña Ledger de un lote de Existencias</translation>
    </message>
    <message>
        <source>a task in the Destruction plan</source>
        <translation>una tarea del Plan de destrucción</translation>
    </message>
    <message>
        <source>an event in the Destruction log</source>
        <translation>un evento del Registro de destrucciones</translation>
    </message>
    <message>
        <source>Select {selection} to {purpose}</source>
        <translation>Seleccione {selection} para {purpose}</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Nueva base de datos...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Abrir base de datos...</translation>
    </message>
    <message>
        <source>Open the &amp;demo stockpile</source>
        <translation>Abrir las existencias de &amp;demostración</translation>
    </message>
    <message>
        <source>A made-up stockpile in a file of its own, to explore the program</source>
        <translation>Unas existencias ficticias, en un archivo propio, para conocer el programa</translation>
    </message>
    <message>
        <source>&amp;Import lots...</source>
        <translation>&amp;Importar lotes...</translation>
    </message>
    <message>
        <source>Import destruction &amp;history...</source>
        <translation>Importar &amp;historial de destrucciones...</translation>
    </message>
    <message>
        <source>Import &amp;movements...</source>
        <translation>Importar &amp;movimientos...</translation>
    </message>
    <message>
        <source>Import mine &amp;types...</source>
        <translation>Importar &amp;tipos de mina...</translation>
    </message>
    <message>
        <source>Import &amp;sites...</source>
        <translation>Importar &amp;emplazamientos...</translation>
    </message>
    <message>
        <source>&amp;Export table...</source>
        <translation>E&amp;xportar tabla...</translation>
    </message>
    <message>
        <source>The rows the current view shows, as CSV or an Excel workbook</source>
        <translation>Las filas que muestra la vista actual, en CSV o en un libro de Excel</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Copia de seguridad...</translation>
    </message>
    <message>
        <source>A copy of the record taken while others work, in a file you choose</source>
        <translation>Una copia del registro, hecha mientras otros trabajan, en el archivo que usted elija</translation>
    </message>
    <message>
        <source>Restore &amp;from a backup...</source>
        <translation>&amp;Restaurar desde una copia...</translation>
    </message>
    <message>
        <source>Put a backup copy in place of the record; the record as it is now is kept beside it</source>
        <translation>Sustituir el registro por una copia de seguridad; el registro en su estado actual se conserva al lado</translation>
    </message>
    <message>
        <source>&amp;Change operator...</source>
        <translation>Cambiar de &amp;operador...</translation>
    </message>
    <message>
        <source>Settin&amp;gs...</source>
        <translation>Confi&amp;guración...</translation>
    </message>
    <message>
        <source>The language of the window, for this user on this computer</source>
        <translation>El idioma de la ventana, para este usuario en este equipo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&amp;Receive a lot...</source>
        <translation>&amp;Recibir un lote...</translation>
    </message>
    <message>
        <source>A new lot arrives or is found</source>
        <translation>Llega o se encuentra un lote nuevo</translation>
    </message>
    <message>
        <source>Change re&amp;tention...</source>
        <translation>Cambiar la re&amp;tención...</translation>
    </message>
    <message>
        <source>Retain or release mines of the selected lot</source>
        <translation>Retener o liberar minas del lote seleccionado</translation>
    </message>
    <message>
        <source>change its retention</source>
        <translation>cambiar su retención</translation>
    </message>
    <message>
        <source>S&amp;plit lot...</source>
        <translation>&amp;Dividir lote...</translation>
    </message>
    <message>
        <source>Move part of the selected lot into a new lot</source>
        <translation>Trasladar parte del lote seleccionado a un lote nuevo</translation>
    </message>
    <message>
        <source>split it</source>
        <translation>dividirlo</translation>
    </message>
    <message>
        <source>&amp;Move to another site...</source>
        <translation>Tras&amp;ladar a otro emplazamiento...</translation>
    </message>
    <message>
        <source>Move mines of the selected lot to another of your own sites, on one document</source>
        <translation>Trasladar minas del lote seleccionado a otro de sus emplazamientos, con un solo documento</translation>
    </message>
    <message>
        <source>move mines of it</source>
        <translation>trasladar minas de él</translation>
    </message>
    <message>
        <source>Stoc&amp;k check...</source>
        <translation>&amp;Control de existencias...</translation>
    </message>
    <message>
        <source>A blind count of the selected lot</source>
        <translation>Un recuento a ciegas del lote seleccionado</translation>
    </message>
    <message>
        <source>record a stock check of it</source>
        <translation>registrar un control de existencias del mismo</translation>
    </message>
    <message>
        <source>S&amp;uspend...</source>
        <translation>&amp;Suspender...</translation>
    </message>
    <message>
        <source>Hold back part of the selected lot: legal hold, investigation or safety; it stays surplus</source>
        <translation>Retener parte del lote seleccionado: retención judicial, investigación o seguridad; sigue siendo excedente</translation>
    </message>
    <message>
        <source>suspend part of it</source>
        <translation>suspender parte de él</translation>
    </message>
    <message>
        <source>&amp;Lift suspension...</source>
        <translation>Levantar la s&amp;uspensión...</translation>
    </message>
    <message>
        <source>End a suspension of the selected lot: its mines can be scheduled and destroyed again</source>
        <translation>Poner fin a una suspensión del lote seleccionado: sus minas pueden volver a programarse y destruirse</translation>
    </message>
    <message>
        <source>lift one of its suspensions</source>
        <translation>levantar una de sus suspensiones</translation>
    </message>
    <message>
        <source>Re&amp;verse ledger entry...</source>
        <translation>Re&amp;vertir asiento del registro...</translation>
    </message>
    <message>
        <source>Correct the selected ledger entry</source>
        <translation>Corregir el asiento del registro seleccionado</translation>
    </message>
    <message>
        <source>reverse it</source>
        <translation>revertirlo</translation>
    </message>
    <message>
        <source>&amp;Schedule destruction...</source>
        <translation>&amp;Programar destrucción...</translation>
    </message>
    <message>
        <source>Plan the destruction of the selected lots</source>
        <translation>Planificar la destrucción de los lotes seleccionados</translation>
    </message>
    <message>
        <source>schedule their destruction</source>
        <translation>programar su destrucción</translation>
    </message>
    <message>
        <source>Record &amp;destruction...</source>
        <translation>Registrar &amp;destrucción...</translation>
    </message>
    <message>
        <source>Record what was destroyed, with its certificate</source>
        <translation>Registrar lo que se destruyó, con su certificado</translation>
    </message>
    <message>
        <source>&amp;Verify certificate...</source>
        <translation>&amp;Verificar certificado...</translation>
    </message>
    <message>
        <source>Another person checks the selected event&apos;s certificate</source>
        <translation>Otra persona comprueba el certificado del evento seleccionado</translation>
    </message>
    <message>
        <source>verify its certificate</source>
        <translation>verificar su certificado</translation>
    </message>
    <message>
        <source>C&amp;orrect destruction...</source>
        <translation>C&amp;orregir destrucción...</translation>
    </message>
    <message>
        <source>Correct a recorded destruction from its certificate</source>
        <translation>Corregir una destrucción registrada a partir de su certificado</translation>
    </message>
    <message>
        <source>correct it</source>
        <translation>corregirla</translation>
    </message>
    <message>
        <source>S&amp;hip for task...</source>
        <translation>&amp;Enviar para la tarea...</translation>
    </message>
    <message>
        <source>Send mines of the selected task to its destruction site, on one document</source>
        <translation>Enviar minas de la tarea seleccionada a su emplazamiento de destrucción, con un solo documento</translation>
    </message>
    <message>
        <source>ship its mines</source>
        <translation>enviar sus minas</translation>
    </message>
    <message>
        <source>Record a &amp;return...</source>
        <translation>Registrar una de&amp;volución...</translation>
    </message>
    <message>
        <source>Mines shipped for the selected task come back from its destruction site, not destroyed</source>
        <translation>Minas enviadas para la tarea seleccionada vuelven de su emplazamiento de destrucción sin haber sido destruidas</translation>
    </message>
    <message>
        <source>record mines coming back from its destruction site</source>
        <translation>registrar minas que vuelven de su emplazamiento de destrucción</translation>
    </message>
    <message>
        <source>&amp;Close task...</source>
        <translation>&amp;Cerrar tarea...</translation>
    </message>
    <message>
        <source>Reconcile and close the selected task</source>
        <translation>Conciliar y cerrar la tarea seleccionada</translation>
    </message>
    <message>
        <source>close it</source>
        <translation>cerrarla</translation>
    </message>
    <message>
        <source>Resolve &amp;unaccounted loss...</source>
        <translation>Resolver pérdida no &amp;justificada...</translation>
    </message>
    <message>
        <source>Record what an investigation found for mines a closed task shipped and did not destroy</source>
        <translation>Registrar lo que halló una investigación sobre minas que una tarea cerrada envió y no destruyó</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Comprobar a&amp;hora</translation>
    </message>
    <message>
        <source>Run the compliance checks and show the dashboard</source>
        <translation>Ejecutar las comprobaciones de cumplimiento y mostrar el panel de control</translation>
    </message>
    <message>
        <source>&amp;Policy profile...</source>
        <translation>&amp;Perfil normativo...</translation>
    </message>
    <message>
        <source>Which profile the checks apply, and its dates and rules</source>
        <translation>Qué perfil aplican las comprobaciones, con sus fechas y reglas</translation>
    </message>
    <message>
        <source>Article 7 &amp;texts...</source>
        <translation>&amp;Textos del artículo 7...</translation>
    </message>
    <message>
        <source>The cover, the text forms and the tables&apos; notes of a year&apos;s Article 7 report</source>
        <translation>La portada, los formularios de texto y las notas de los cuadros del informe de un año en virtud del artículo 7</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Stockpile Tracker</source>
        <translation>&amp;Acerca de Stockpile Tracker</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir rec&amp;ientes</translation>
    </message>
    <message>
        <source>may administer, record and verify</source>
        <translation>puede administrar, registrar y verificar</translation>
    </message>
    <message>
        <source>may record and verify</source>
        <translation>puede registrar y verificar</translation>
    </message>
    <message>
        <source>may record</source>
        <translation>puede registrar</translation>
    </message>
    <message>
        <source>may verify</source>
        <translation>puede verificar</translation>
    </message>
    <message>
        <source>may only read</source>
        <translation>solo puede consultar</translation>
    </message>
    <message>
        <source>Your database login may not {action}: it needs the role {role}</source>
        <translation>Su usuario de la base de datos no puede realizar esta acción ({action}): necesita el rol {role}</translation>
    </message>
    <message>
        <source>Your database login may not {action}: it needs the roles {role}</source>
        <translation>Su usuario de la base de datos no puede realizar esta acción ({action}): necesita los roles {role}</translation>
    </message>
    <message>
        <source>Operator: {name}; {allowed}</source>
        <translation>Operador: {name}; {allowed}</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Operador: {name}</translation>
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
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>{title} - {period} - printed {when} by {name}</source>
        <translation>{title} - {period} - impreso el {when} por {name}</translation>
    </message>
    <message>
        <source>{footer} - seal {seal}</source>
        <translation>{footer} - sello {seal}</translation>
    </message>
    <message>
        <source>Printed {when} by {name} with {program}, in {language}</source>
        <translation>Impreso el {when} por {name} con {program}, en {language}</translation>
    </message>
    <message>
        <source>Seal {seal}: where the record&apos;s audit log stood when this was printed. Keep it: {command} proves later that the record&apos;s history up to here was not rewritten.</source>
        <translation>Sello {seal}: el estado del registro de auditoría en el momento de esta impresión. Consérvelo: {command} probará más adelante que el historial del registro hasta este punto no ha sido reescrito.</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>Signature: {blank}</source>
        <translation>Firma: {blank}</translation>
    </message>
    <message>
        <source>Date: {blank}</source>
        <translation>Fecha: {blank}</translation>
    </message>
    <message>
        <source>filter: {selection}</source>
        <translation>filtro: {selection}</translation>
    </message>
    <message>
        <source>seal {seal}</source>
        <translation>sello {seal}</translation>
    </message>
    <message>
        <source>page {number} of {pages}</source>
        <translation>página {number} de {pages}</translation>
    </message>
    <message>
        <source>anti-personnel</source>
        <translation>antipersonal</translation>
    </message>
    <message>
        <source>anti-vehicle</source>
        <translation>antivehículo</translation>
    </message>
    <message>
        <source>victim-activated</source>
        <translation>activadas por la víctima</translation>
    </message>
    <message>
        <source>command-detonated</source>
        <translation>detonadas por control remoto</translation>
    </message>
    <message>
        <source>activated either way</source>
        <translation>activadas de una u otra forma</translation>
    </message>
    <message>
        <source>{categories} mines that are {activations}</source>
        <translation>las minas {categories} {activations}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time Stockpile Tracker starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Stockpile Tracker.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>counting the lots...</source>
        <translation>contando los lotes...</translation>
    </message>
    <message>
        <source>totals not available</source>
        <translation>totales no disponibles</translation>
    </message>
    <message>
        <source>Compliance checks running...</source>
        <translation>Comprobaciones de cumplimiento en curso...</translation>
    </message>
    <message>
        <source>The compliance checks could not run</source>
        <translation>No se pudieron ejecutar las comprobaciones de cumplimiento</translation>
    </message>
    <message>
        <source>Reading the destruction plan...</source>
        <translation>Leyendo el plan de destrucción...</translation>
    </message>
    <message>
        <source>Reading the destruction log...</source>
        <translation>Leyendo el registro de destrucciones...</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Prepared by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>En existencias</translation>
    </message>
    <message>
        <source>At destruction sites</source>
        <translation>En los lugares de destrucción</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En depósito</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenidas</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excedente</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendidas</translation>
    </message>
    <message>
        <source>Unscheduled surplus</source>
        <translation>Excedente no programado</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruidas</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>víctima</translation>
    </message>
    <message>
        <source>command</source>
        <translation>control</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <source>covered by {profile}</source>
        <translation>cubiertas por {profile}</translation>
    </message>
    <message>
        <source>not covered by {profile}</source>
        <translation>no cubiertas por {profile}</translation>
    </message>
    <message>
        <source>{profile} governs {scope}; only those mines count against its obligations. Figures are mines (items x mines per item): a lot of an item holding both kinds (a Volcano canister) is on both lines, so its lots are not added up. The total adds what is held, never the two surpluses: only the one covered is to destroy.</source>
        <translation>{profile} rige {scope}; solo esas minas se computan respecto de sus obligaciones. Las cifras son minas (artículos x minas por artículo): un lote de un artículo que contiene ambas categorías (un contenedor Volcano) figura en ambas líneas, por lo que sus lotes no se suman. El total suma las existencias, nunca los dos excedentes: solo el excedente cubierto ha de destruirse.</translation>
    </message>
    <message>
        <source>Covered: of the surplus, {beyond} are reserved for Korea beyond the requirement: the lots still show them retained until the office releases them; Retained counts the reserve up to the requirement (see Retained, by reason).</source>
        <translation>Cubiertas: del excedente, {beyond} están reservadas para Corea por encima de la necesidad: los lotes aún las muestran retenidas hasta que la oficina las libere; Retenidas cuenta la reserva hasta la necesidad (véase Retenidas, por motivo).</translation>
    </message>
    <message>
        <source>In and out of scope of {profile}</source>
        <translation>Dentro y fuera del ámbito de {profile}</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Cat.: AP {ap}, AV {av}. Activation: {victim} for {victim_label}, {command} for {command_label}, {both}.</source>
        <translation>Cat.: AP {ap}, AV {av}. Activación: {victim} para {victim_label}, {command} para {command_label}, {both}.</translation>
    </message>
    <message>
        <source>A lot of an item holding both categories (a Volcano canister) counts under each.</source>
        <translation>Un lote de un artículo que contiene ambas categorías (un contenedor Volcano) se computa en cada una.</translation>
    </message>
    <message>
        <source>Held = at destruction sites + on hand. Mines shipped for destruction and not yet reported destroyed are at the destruction site&apos;s line, and mines moved to another of the state&apos;s sites at that site&apos;s line (surplus, not scheduled); their lots, and what the lots had destroyed, are counted at each lot&apos;s home.</source>
        <translation>En existencias = en los lugares de destrucción + en depósito. Las minas enviadas para su destrucción cuya destrucción aún no se ha notificado figuran en la línea del lugar de destrucción, y las minas trasladadas a otro emplazamiento del Estado en la línea de ese emplazamiento (excedente, no programado); sus lotes, y lo que los lotes han destruido, se computan en el emplazamiento de origen de cada lote.</translation>
    </message>
    <message>
        <source>Summary by category, covered by {profile}</source>
        <translation>Resumen por categoría, cubiertas por {profile}</translation>
    </message>
    <message>
        <source>Summary by category, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Resumen por categoría, no cubiertas por {profile} (presentadas aparte; ninguna obligación las computa)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>By self-destruct / self-deactivation, covered by {profile}</source>
        <translation>Por autodestrucción / autodesactivación, cubiertas por {profile}</translation>
    </message>
    <message>
        <source>By self-destruct / self-deactivation, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Por autodestrucción / autodesactivación, no cubiertas por {profile} (presentadas aparte; ninguna obligación las computa)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>By site, covered by {profile}</source>
        <translation>Por emplazamiento, cubiertas por {profile}</translation>
    </message>
    <message>
        <source>By site, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Por emplazamiento, no cubiertas por {profile} (presentadas aparte; ninguna obligación las computa)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>By type, covered by {profile}</source>
        <translation>Por tipo, cubiertas por {profile}</translation>
    </message>
    <message>
        <source>By type, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Por tipo, no cubiertas por {profile} (presentadas aparte; ninguna obligación las computa)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Retained, by reason</source>
        <translation>Retenidas, por motivo</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Retenidas para</translation>
    </message>
    <message>
        <source>Kept by the lots&apos; decisions</source>
        <translation>Retenidas por las decisiones de los lotes</translation>
    </message>
    <message>
        <source>Beyond the requirement: surplus</source>
        <translation>Por encima de la necesidad: excedente</translation>
    </message>
    <message>
        <source>Mines reserved for Korea beyond the requirement in force are surplus to destroy, counted in the type&apos;s last lots by lot number: the lots&apos; decisions keep them until the office releases them, and every figure of the profile counts them as surplus, not retained.</source>
        <translation>Las minas reservadas para Corea por encima de la necesidad vigente son excedente que ha de destruirse, computadas en los últimos lotes del tipo por número de lote: las decisiones de los lotes las retienen hasta que la oficina las libere, y todas las cifras del perfil las computan como excedente, no como retenidas.</translation>
    </message>
    <message>
        <source>Items and mines, by type</source>
        <translation>Artículos y minas, por tipo</translation>
    </message>
    <message>
        <source>Mines per item</source>
        <translation>Minas por artículo</translation>
    </message>
    <message>
        <source>Items held</source>
        <translation>Artículos en existencias</translation>
    </message>
    <message>
        <source>Mines held</source>
        <translation>Minas en existencias</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Cubiertas</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>No cubiertas</translation>
    </message>
    <message>
        <source>Items destroyed</source>
        <translation>Artículos destruidos</translation>
    </message>
    <message>
        <source>Mines destroyed</source>
        <translation>Minas destruidas</translation>
    </message>
    <message>
        <source>The ledger counts items; every other table counts mines (items x mines per item). Held: on hand at the state&apos;s own sites and shipped to destruction sites, not yet destroyed.</source>
        <translation>El registro computa artículos; todos los demás cuadros computan minas (artículos x minas por artículo). En existencias: en depósito en los emplazamientos del Estado y enviadas a los lugares de destrucción, aún no destruidas.</translation>
    </message>
    <message>
        <source>Unaccounted losses (mines not accounted for when their task was closed): none.</source>
        <translation>Pérdidas sin justificar (minas no justificadas al cerrarse su tarea): ninguna.</translation>
    </message>
    <message>
        <source>Programme {name}: deadline {deadline}, {distance}.</source>
        <translation>Programa {name}: plazo el {deadline}, {distance}.</translation>
    </message>
    <message>
        <source>Figures are computed from the ledger up to the end of the date: entries, retention decisions and destructions dated up to then, and destruction tasks open then: from the day their work began (entered, or their first shipment or destruction) until they were closed or cancelled.</source>
        <translation>Las cifras se calculan a partir del registro hasta el final de la fecha: asientos, decisiones de retención y destrucciones fechados hasta ese día, y tareas de destrucción abiertas ese día: desde el día en que comenzaron sus trabajos (registro, o primer envío o destrucción) hasta su cierre o anulación.</translation>
    </message>
    <message>
        <source>Stockpile status</source>
        <translation>Situación de las existencias</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>al {date}</translation>
    </message>
    <message>
        <source>1 day after {date}</source>
        <translation>1 día después del {date}</translation>
    </message>
    <message>
        <source>{days} days after {date}</source>
        <translation>{days} días después del {date}</translation>
    </message>
    <message>
        <source>passed 1 day before {date}</source>
        <translation>vencido 1 día antes del {date}</translation>
    </message>
    <message>
        <source>passed {days} days before {date}</source>
        <translation>vencido {days} días antes del {date}</translation>
    </message>
    <message>
        <source>{site}, for destruction</source>
        <translation>{site}, para su destrucción</translation>
    </message>
    <message>
        <source>Suspended at destruction sites, by suspension</source>
        <translation>Suspendidas en los lugares de destrucción, por suspensión</translation>
    </message>
    <message>
        <source>Suspended, by suspension</source>
        <translation>Suspendidas, por suspensión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Mines covered by {profile}</source>
        <translation>Minas cubiertas por {profile}</translation>
    </message>
    <message>
        <source>Mines not covered</source>
        <translation>Minas no cubiertas</translation>
    </message>
    <message>
        <source>Mines shipped for destruction, held there by a suspension: among the mines at destruction sites above, neither destroyed, sent back nor lost until it is lifted.</source>
        <translation>Minas enviadas para su destrucción, retenidas allí por una suspensión: incluidas en las minas en los lugares de destrucción indicadas arriba, ni destruidas, ni devueltas, ni perdidas hasta que se levante.</translation>
    </message>
    <message>
        <source>Suspended mines are surplus (in Surplus and Suspended above): held back from scheduling and destruction until the suspension is lifted, then to be destroyed.</source>
        <translation>Las minas suspendidas son excedente (en Excedente y Suspendidas, arriba): excluidas de la programación y de la destrucción hasta que se levante la suspensión, y después han de destruirse.</translation>
    </message>
    <message>
        <source>Mines shipped for destruction and not reported destroyed, or reported destroyed and not certified, when their task was closed: neither in the stock figures above nor destroyed, still the state&apos;s until an investigation finds them, has them destroyed with a certificate or an authority writes them off. In mines, as the figures above (a loss of an item holding both kinds is on both tables).</source>
        <translation>Minas enviadas para su destrucción cuya destrucción no se notificó, o se notificó sin certificar, al cerrarse su tarea: ni en las cifras de existencias anteriores ni destruidas, siguen siendo del Estado hasta que una investigación las halle, las haga destruir con un certificado o una autoridad las dé de baja. En minas, como las cifras anteriores (la pérdida de un artículo que contiene ambas categorías figura en ambos cuadros).</translation>
    </message>
    <message>
        <source>Unaccounted losses: mines covered by {profile}, not destroyed</source>
        <translation>Pérdidas sin justificar: minas cubiertas por {profile}, no destruidas</translation>
    </message>
    <message>
        <source>Unaccounted losses: mines not covered by {profile}, not destroyed</source>
        <translation>Pérdidas sin justificar: minas no cubiertas por {profile}, no destruidas</translation>
    </message>
    <message>
        <source>Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the others apart), as they stand today ({today}), not as of {date}.</source>
        <translation>Tareas abiertas cuya fecha prevista ha vencido y que no se han ejecutado por completo, en minas regidas por {profile} (las demás aparte), tal como están hoy ({today}), no al {date}.</translation>
    </message>
    <message>
        <source>Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the others apart).</source>
        <translation>Tareas abiertas cuya fecha prevista ha vencido y que no se han ejecutado por completo, en minas regidas por {profile} (las demás aparte).</translation>
    </message>
    <message>
        <source>Overdue destruction tasks</source>
        <translation>Tareas de destrucción atrasadas</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prevista el</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Not covered, left</source>
        <translation>No cubiertas, pendientes</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Anti-personnel</source>
        <translation>Antipersonal</translation>
    </message>
    <message>
        <source>Anti-vehicle</source>
        <translation>Antivehículo</translation>
    </message>
    <message>
        <source>victim-activated</source>
        <translation>activada por la víctima</translation>
    </message>
    <message>
        <source>command-detonated</source>
        <translation>detonada por control remoto</translation>
    </message>
    <message>
        <source>both (victim-activated or command-detonated)</source>
        <translation>ambas (activada por la víctima o detonada por control remoto)</translation>
    </message>
    <message>
        <source>self-destructing (SD)</source>
        <translation>autodestructiva (AD)</translation>
    </message>
    <message>
        <source>self-deactivating only (SDA)</source>
        <translation>solo autodesactivable (ADA)</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>persistente</translation>
    </message>
    <message>
        <source>artillery</source>
        <translation>artillería</translation>
    </message>
    <message>
        <source>air-dropped</source>
        <translation>lanzada desde aeronave</translation>
    </message>
    <message>
        <source>ground dispenser</source>
        <translation>dispensador terrestre</translation>
    </message>
    <message>
        <source>man-portable dispenser</source>
        <translation>dispensador portátil</translation>
    </message>
    <message>
        <source>hand-emplaced</source>
        <translation>colocada a mano</translation>
    </message>
    <message>
        <source>hand-thrown</source>
        <translation>lanzada a mano</translation>
    </message>
    <message>
        <source>opening balance</source>
        <translation>saldo inicial</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>descubrimiento</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>transferencia de entrada</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>transferencia de salida</translation>
    </message>
    <message>
        <source>shipped for destruction</source>
        <translation>enviadas para su destrucción</translation>
    </message>
    <message>
        <source>consumed in training</source>
        <translation>consumidas en adiestramiento</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destruidas</translation>
    </message>
    <message>
        <source>stock-check gain</source>
        <translation>sobrante de inventario</translation>
    </message>
    <message>
        <source>stock-check loss</source>
        <translation>faltante de inventario</translation>
    </message>
    <message>
        <source>found and returned</source>
        <translation>halladas y devueltas</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>anulación</translation>
    </message>
    <message>
        <source>moved to another site</source>
        <translation>trasladadas a otro emplazamiento</translation>
    </message>
    <message>
        <source>moved from another site</source>
        <translation>trasladadas desde otro emplazamiento</translation>
    </message>
    <message>
        <source>returned from a destruction site</source>
        <translation>devueltas desde un lugar de destrucción</translation>
    </message>
    <message>
        <source>shipped in for destruction</source>
        <translation>recibidas para su destrucción</translation>
    </message>
    <message>
        <source>sent back from destruction</source>
        <translation>devueltas por el lugar de destrucción</translation>
    </message>
    <message>
        <source>unaccounted loss</source>
        <translation>pérdida sin justificar</translation>
    </message>
    <message>
        <source>Korea defence</source>
        <translation>Defensa de Corea</translation>
    </message>
    <message>
        <source>Article 3 training</source>
        <translation>Adiestramiento conforme al artículo 3</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>retención judicial</translation>
    </message>
    <message>
        <source>investigation</source>
        <translation>investigación</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <source>open detonation</source>
        <translation>detonación a cielo abierto</translation>
    </message>
    <message>
        <source>open burning</source>
        <translation>quema a cielo abierto</translation>
    </message>
    <message>
        <source>contained detonation</source>
        <translation>detonación confinada</translation>
    </message>
    <message>
        <source>incineration (static kiln)</source>
        <translation>incineración (horno estático)</translation>
    </message>
    <message>
        <source>incineration (rotary kiln)</source>
        <translation>incineración (horno rotatorio)</translation>
    </message>
    <message>
        <source>mechanical disassembly</source>
        <translation>desmontaje mecánico</translation>
    </message>
    <message>
        <source>washout/meltout</source>
        <translation>lavado/fusión</translation>
    </message>
    <message>
        <source>cryofracture</source>
        <translation>criofractura</translation>
    </message>
    <message>
        <source>cutting</source>
        <translation>corte</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Form A - national implementation measures</source>
        <translation>Formulario A - Medidas de aplicación a nivel nacional</translation>
    </message>
    <message>
        <source>Form B - stockpiled anti-personnel mines</source>
        <translation>Formulario B - Existencias de minas antipersonal</translation>
    </message>
    <message>
        <source>Form C - location of mined areas</source>
        <translation>Formulario C - Ubicación de las zonas minadas</translation>
    </message>
    <message>
        <source>Form D - anti-personnel mines retained or transferred</source>
        <translation>Formulario D - Minas antipersonal retenidas o transferidas</translation>
    </message>
    <message>
        <source>Form E - status of programmes for conversion or decommissioning of production facilities</source>
        <translation>Formulario E - Estado de los programas de conversión o de cierre definitivo de las instalaciones de producción</translation>
    </message>
    <message>
        <source>Form F - status of programmes for destruction of anti-personnel mines</source>
        <translation>Formulario F - Estado de los programas de destrucción de minas antipersonal</translation>
    </message>
    <message>
        <source>Form G - anti-personnel mines destroyed</source>
        <translation>Formulario G - Minas antipersonal destruidas</translation>
    </message>
    <message>
        <source>Form H - technical characteristics of each type</source>
        <translation>Formulario H - Características técnicas de cada tipo</translation>
    </message>
    <message>
        <source>Form I - measures to provide an immediate and effective warning to the population</source>
        <translation>Formulario I - Medidas adoptadas para advertir a la población de forma inmediata y eficaz</translation>
    </message>
    <message>
        <source>Form J - other relevant matters</source>
        <translation>Formulario J - Otras cuestiones pertinentes</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>Submission reference</source>
        <translation>Referencia de la presentación</translation>
    </message>
    <message>
        <source>canisters</source>
        <translation>contenedores</translation>
    </message>
    <message>
        <source>dispensers</source>
        <translation>dispensadores</translation>
    </message>
    <message>
        <source>items</source>
        <translation>artículos</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>módulos</translation>
    </message>
    <message>
        <source>projectiles</source>
        <translation>proyectiles</translation>
    </message>
</context>
</TS>
