<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel de control</translation>
    </message>
    <message>
        <source>&amp;Stockpile</source>
        <translation>E&amp;xistencias</translation>
    </message>
    <message>
        <source>Destruction &amp;plan</source>
        <translation>Plan de &amp;destrucción</translation>
    </message>
    <message>
        <source>Destruction lo&amp;g</source>
        <translation>&amp;Registro de destrucciones</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catálogo</translation>
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
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
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
</TS>
