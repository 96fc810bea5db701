<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CatalogueView</name>
    <message>
        <source>Add mine type...</source>
        <translation>Añadir un tipo de mina...</translation>
    </message>
    <message>
        <source>Add site...</source>
        <translation>Añadir un emplazamiento...</translation>
    </message>
    <message>
        <source>Correct mine type...</source>
        <translation>Rectificar el tipo de mina...</translation>
    </message>
    <message>
        <source>Correct site...</source>
        <translation>Rectificar el emplazamiento...</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Mines per item</source>
        <translation>Minas por artículo</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>SD time</source>
        <translation>Tiempo AD</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>SDA</source>
        <translation>SDA</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistente</translation>
    </message>
    <message>
        <source>PERSISTENT</source>
        <translation>PERSISTENTE</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modo de colocación</translation>
    </message>
    <message>
        <source>Form H</source>
        <translation>Formulario H</translation>
    </message>
    <message>
        <source>The technical characteristics recorded, of those Article 7 Form H asks for</source>
        <translation>Las características técnicas registradas, de entre las que pide el formulario H del artículo 7</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mine types</source>
        <translation>Tipos de minas</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Emplazamientos</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ADVERTENCIA</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFORMACIÓN</translation>
    </message>
    <message>
        <source>Loading the dashboard&apos;s figures...</source>
        <translation>Cargando las cifras del panel de control...</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be read: {error}</source>
        <translation>No se han podido leer las cifras del panel de control: {error}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Mines held, all stock</source>
        <translation>Minas en poder, todas las existencias</translation>
    </message>
    <message>
        <source>Retained, covered</source>
        <translation>Retenidas, cubiertas</translation>
    </message>
    <message>
        <source>Surplus, covered</source>
        <translation>Excedente, cubierto</translation>
    </message>
    <message>
        <source>Destroyed this year</source>
        <translation>Destruidas este año</translation>
    </message>
    <message>
        <source>Progress to the deadline</source>
        <translation>Avance hacia el plazo</translation>
    </message>
    <message>
        <source>Burn-down chart: planned and destroyed by month, and the forecast</source>
        <translation>Gráfico de avance: previstas y destruidas por mes, y la previsión</translation>
    </message>
    <message>
        <source>Stock by type chart: retained and surplus</source>
        <translation>Gráfico de existencias por tipo: retenidas y excedente</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Medida que adoptar</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Compliance findings</source>
        <translation>Hallazgos de cumplimiento</translation>
    </message>
    <message>
        <source>Select a finding to see what it names; double-click one to open it.</source>
        <translation>Seleccione un hallazgo para ver lo que designa; haga doble clic en él para abrirlo.</translation>
    </message>
    <message>
        <source>What the selected finding names</source>
        <translation>Lo que designa el hallazgo seleccionado</translation>
    </message>
    <message>
        <source>The selected finding</source>
        <translation>El hallazgo seleccionado</translation>
    </message>
    <message>
        <source>Policy profile...</source>
        <translation>Perfil de política...</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>{name} (deadline {day})</source>
        <translation>{name} (plazo {day})</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno por ahora</translation>
    </message>
    <message>
        <source>checked against &lt;b&gt;{profile}&lt;/b&gt;</source>
        <translation>verificado con arreglo a &lt;b&gt;{profile}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; checking the record...</source>
        <translation>&lt;b&gt;Hallazgos:&lt;/b&gt; verificando los registros...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; {errors}, {warnings}, {info} for information</source>
        <translation>&lt;b&gt;Hallazgos:&lt;/b&gt; {errors}, {warnings}, {info} a título informativo</translation>
    </message>
    <message>
        <source>{count} error</source>
        <translation>{count} error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>{count} advertencia</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} advertencias</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; none - every check passes</source>
        <translation>&lt;b&gt;Hallazgos:&lt;/b&gt; ninguno - se superan todas las verificaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings:&lt;/b&gt; the checks could not run: {error}</source>
        <translation>&lt;b&gt;Hallazgos:&lt;/b&gt; no se han podido efectuar las verificaciones: {error}</translation>
    </message>
    <message>
        <source>mines = {covered} {scope} (retained {retained} + surplus {surplus} + at destruction sites {at_destruction})</source>
        <translation>minas = {covered} {scope} (retenidas {retained} + excedente {surplus} + en los emplazamientos de destrucción {at_destruction})</translation>
    </message>
    <message>
        <source>mines = {covered} {scope} (retained {retained} + surplus {surplus})</source>
        <translation>minas = {covered} {scope} (retenidas {retained} + excedente {surplus})</translation>
    </message>
    <message>
        <source>in {count} lot</source>
        <translation>en {count} lote</translation>
    </message>
    <message>
        <source>in {count} lots</source>
        <translation>en {count} lotes</translation>
    </message>
    <message>
        <source>{lots} ({items} items)</source>
        <translation>{lots} ({items} artículos)</translation>
    </message>
    <message>
        <source>+ {count} {scope}</source>
        <translation>+ {count} {scope}</translation>
    </message>
    <message>
        <source>({count} more {scope})</source>
        <translation>(además, {count} {scope})</translation>
    </message>
    <message>
        <source>kept for a reason the profile permits, or flagged below</source>
        <translation>retenidas por un motivo que el perfil permite, o señaladas más abajo</translation>
    </message>
    <message>
        <source>({count} more reserved for Korea beyond the requirement: surplus)</source>
        <translation>(además, {count} reservadas para Corea por encima de la necesidad: excedente)</translation>
    </message>
    <message>
        <source>to destroy under {profile} = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}</source>
        <translation>por destruir en virtud de {profile} = programadas {scheduled} + suspendidas {suspended} + no programadas {unscheduled}</translation>
    </message>
    <message>
        <source>(of them {count} reserved for Korea beyond the requirement, to release)</source>
        <translation>(de ellas, {count} reservadas para Corea por encima de la necesidad, que deben liberarse)</translation>
    </message>
    <message>
        <source>and {count} at destruction sites, not yet reported destroyed</source>
        <translation>y {count} en los emplazamientos de destrucción, cuya destrucción aún no se ha declarado</translation>
    </message>
    <message>
        <source>and {count} unaccounted for (tasks closed short)</source>
        <translation>y {count} no contabilizadas (tareas cerradas incompletas)</translation>
    </message>
    <message>
        <source>in {year}, {scope}, on site or after shipment</source>
        <translation>en {year}, {scope}, in situ o tras su envío</translation>
    </message>
    <message>
        <source>no destruction programme yet</source>
        <translation>ningún programa de destrucción por ahora</translation>
    </message>
    <message>
        <source>on track: surplus gone by never at the recent rate</source>
        <translation>dentro del plazo: excedente nunca eliminado al ritmo reciente</translation>
    </message>
    <message>
        <source>NOT on track: forecast never at the recent rate</source>
        <translation>FUERA de plazo: nunca al ritmo reciente, según la previsión</translation>
    </message>
    <message>
        <source>on track: surplus gone by {month}</source>
        <translation>dentro del plazo: excedente eliminado para {month}</translation>
    </message>
    <message>
        <source>NOT on track: forecast {month}</source>
        <translation>FUERA de plazo: previsión {month}</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} day late</source>
        <translation>{count} día de retraso</translation>
    </message>
    <message>
        <source>{count} days late</source>
        <translation>{count} días de retraso</translation>
    </message>
    <message>
        <source>to {day}</source>
        <translation>hasta el {day}</translation>
    </message>
    <message>
        <source>destroyed {destroyed} of the {needed} to destroy by the deadline</source>
        <translation>destruidas {destroyed} de las {needed} que deben destruirse antes del plazo</translation>
    </message>
    <message>
        <source>against plan: {share} (destroyed {destroyed} of {planned} planned); {open} open tasks, {overdue} overdue</source>
        <translation>respecto del plan: {share} (destruidas {destroyed} de {planned} previstas); tareas abiertas: {open}, atrasadas: {overdue}</translation>
    </message>
    <message>
        <source>No destruction planned or recorded yet</source>
        <translation>Ninguna destrucción prevista ni registrada por ahora</translation>
    </message>
    <message>
        <source>No stock on hand</source>
        <translation>Sin existencias</translation>
    </message>
    <message>
        <source>task {task}</source>
        <translation>tarea {task}</translation>
    </message>
    <message>
        <source>certificate {certificate}</source>
        <translation>certificado {certificate}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lote {lot}</translation>
    </message>
    <message>
        <source>Double-click to open ({count} more not listed; filter the stockpile to see them all):</source>
        <translation>Haga doble clic para abrir ({count} más no enumerados; filtre las existencias para verlos todos):</translation>
    </message>
    <message>
        <source>Double-click to open:</source>
        <translation>Haga doble clic para abrir:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Stockpile Tracker - user guide</source>
        <translation>Stockpile Tracker - guía del usuario</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>the file {path}</source>
        <translation>el archivo {path}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Keeps a landmine stockpile honest: lots, retention, destruction and the reports officials sign.</source>
        <translation>Lleva el registro fiel de unas existencias de minas: lotes, retención, destrucción y los informes que firman los responsables.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database in use:&lt;/b&gt;&lt;br&gt;{database}</source>
        <translation>&lt;b&gt;Base de datos en uso:&lt;/b&gt;&lt;br&gt;{database}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log file&lt;/b&gt; (send it with a problem report):&lt;br&gt;{file}</source>
        <translation>&lt;b&gt;Archivo de registro&lt;/b&gt; (adjúntelo a cualquier notificación de problema):&lt;br&gt;{file}</translation>
    </message>
    <message>
        <source>Licence: MIT. Built with Qt for Python (PySide6 {version}).</source>
        <translation>Licencia: MIT. Desarrollado con Qt for Python (PySide6 {version}).</translation>
    </message>
    <message>
        <source>About Stockpile Tracker</source>
        <translation>Acerca de Stockpile Tracker</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>All methods</source>
        <translation>Todos los métodos</translation>
    </message>
    <message>
        <source>Search certificate, lot, task, person, site...</source>
        <translation>Buscar certificado, lote, tarea, persona, emplazamiento...</translation>
    </message>
    <message>
        <source>Search certificate, lot, task, person, site</source>
        <translation>Buscar certificado, lote, tarea, persona, emplazamiento</translation>
    </message>
    <message>
        <source>Verify certificate...</source>
        <translation>Verificar el certificado...</translation>
    </message>
    <message>
        <source>Loading the destruction log...</source>
        <translation>Cargando el registro de destrucciones...</translation>
    </message>
    <message>
        <source>The destruction log could not be read: {error}</source>
        <translation>No se ha podido leer el registro de destrucciones: {error}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NO VERIFICADO</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Destruction events</source>
        <translation>Destrucciones</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los emplazamientos</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>{mines} mines destroyed</source>
        <translation>{mines} minas destruidas</translation>
    </message>
    <message>
        <source>{items} items ({mines} mines) destroyed</source>
        <translation>{items} artículos ({mines} minas) destruidos</translation>
    </message>
    <message>
        <source>{count} event</source>
        <translation>{count} destrucción</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} destrucciones</translation>
    </message>
    <message>
        <source>{count} certificate not verified</source>
        <translation>{count} certificado no verificado</translation>
    </message>
    <message>
        <source>{count} certificates not verified</source>
        <translation>{count} certificados no verificados</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <source>Lot no.</source>
        <translation>N.º de lote</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>AP anti-personnel, AV anti-vehicle</source>
        <translation>AP antipersonal, AV antivehículo</translation>
    </message>
    <message>
        <source>SD/SDA</source>
        <translation>SD/SDA</translation>
    </message>
    <message>
        <source>self-destruct time, self-deactivation only, or persistent (neither)</source>
        <translation>tiempo de autodestrucción, solo autodesactivación, o persistente (ninguna de las dos)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Retenido para</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencias</translation>
    </message>
    <message>
        <source>items, as the ledger counts them</source>
        <translation>artículos, tal como los cuenta el libro registro</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Minas</translation>
    </message>
    <message>
        <source>mines on hand: items x mines per item</source>
        <translation>minas en existencias: artículos x minas por artículo</translation>
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
        <source>surplus held back from destruction: legal hold, investigation or safety</source>
        <translation>excedente sustraído a la destrucción: medida judicial, investigación o seguridad</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>awaiting destruction at destruction sites: shipped for an open task, not yet reported destroyed, still held</source>
        <translation>en espera de destrucción en los emplazamientos de destrucción: enviadas para una tarea abierta, destrucción aún no declarada, todavía en poder</translation>
    </message>
    <message>
        <source>Cond</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ammunition condition code</source>
        <translation>código de estado de la munición</translation>
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
    <name>PlanView</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruidas</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>Del plan</translation>
    </message>
    <message>
        <source>destroyed of what the tasks planned; the dashboard shows progress to the deadline, which a full plan can still miss</source>
        <translation>parte destruida de lo que preveían las tareas; el panel de control muestra el avance hacia el plazo, que un plan completo aún puede incumplir</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Emplazamientos</translation>
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
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Open tasks only</source>
        <translation>Solo tareas abiertas</translation>
    </message>
    <message>
        <source>Search task, lot, site, method, closing note...</source>
        <translation>Buscar tarea, lote, emplazamiento, método, nota de cierre...</translation>
    </message>
    <message>
        <source>Search task, lot, site, method, closing note</source>
        <translation>Buscar tarea, lote, emplazamiento, método, nota de cierre</translation>
    </message>
    <message>
        <source>Record destruction for task...</source>
        <translation>Registrar la destrucción de la tarea...</translation>
    </message>
    <message>
        <source>Close task...</source>
        <translation>Cerrar la tarea...</translation>
    </message>
    <message>
        <source>Loading the destruction plan...</source>
        <translation>Cargando el plan de destrucción...</translation>
    </message>
    <message>
        <source>The destruction plan could not be read: {error}</source>
        <translation>No se ha podido leer el plan de destrucción: {error}</translation>
    </message>
    <message>
        <source>Unaccounted losses under investigation (Destruction, Resolve unaccounted loss):</source>
        <translation>Pérdidas no contabilizadas en investigación (Destrucción, Resolver una pérdida no contabilizada):</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <source>{count} lot</source>
        <translation>{count} lote</translation>
    </message>
    <message>
        <source>{count} lots</source>
        <translation>{count} lotes</translation>
    </message>
    <message>
        <source>{count} lot holding retained mines</source>
        <translation>{count} lote con minas retenidas</translation>
    </message>
    <message>
        <source>{count} lots holding retained mines</source>
        <translation>{count} lotes con minas retenidas</translation>
    </message>
    <message>
        <source>covered: retained {retained} mines</source>
        <translation>cubiertas: {retained} minas retenidas</translation>
    </message>
    <message>
        <source>also surplus {surplus}</source>
        <translation>también excedente {surplus}</translation>
    </message>
    <message>
        <source>{count} lot holding surplus</source>
        <translation>{count} lote con excedente</translation>
    </message>
    <message>
        <source>{count} lots holding surplus</source>
        <translation>{count} lotes con excedente</translation>
    </message>
    <message>
        <source>covered: surplus {surplus} mines = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}</source>
        <translation>cubiertas: excedente {surplus} minas = programadas {scheduled} + suspendidas {suspended} + no programadas {unscheduled}</translation>
    </message>
    <message>
        <source>also retained {retained}</source>
        <translation>también retenidas {retained}</translation>
    </message>
    <message>
        <source>covered: on hand {on_hand} mines = retained {retained} + surplus {surplus} (scheduled {scheduled}); at destruction sites {at_destruction}; destroyed {destroyed}</source>
        <translation>cubiertas: en existencias {on_hand} minas = retenidas {retained} + excedente {surplus} (programadas {scheduled}); en los emplazamientos de destrucción {at_destruction}; destruidas {destroyed}</translation>
    </message>
    <message>
        <source>covered: on hand {on_hand} mines = retained {retained} + surplus {surplus} (scheduled {scheduled}); destroyed {destroyed}</source>
        <translation>cubiertas: en existencias {on_hand} minas = retenidas {retained} + excedente {surplus} (programadas {scheduled}); destruidas {destroyed}</translation>
    </message>
    <message>
        <source>{count} lot shown</source>
        <translation>{count} lote mostrado</translation>
    </message>
    <message>
        <source>{count} lots shown</source>
        <translation>{count} lotes mostrados</translation>
    </message>
    <message>
        <source>not covered: on hand {on_hand}</source>
        <translation>no cubiertas: en existencias {on_hand}</translation>
    </message>
    <message>
        <source>{lots_shown}: {items} on hand, {mines} mines</source>
        <translation>{lots_shown}: {items} en existencias, {mines} minas</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} artículo</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} artículos</translation>
    </message>
    <message>
        <source>{scope}, in mines ({lots}): on hand {on_hand} = retained {retained} + surplus {surplus}; surplus = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}; at destruction sites {at_destruction} (held {held}); destroyed {destroyed}</source>
        <translation>{scope}, en minas ({lots}): en existencias {on_hand} = retenidas {retained} + excedente {surplus}; excedente = programadas {scheduled} + suspendidas {suspended} + no programadas {unscheduled}; en los emplazamientos de destrucción {at_destruction} (bloqueadas {held}); destruidas {destroyed}</translation>
    </message>
    <message>
        <source>The rows are in items, each with its own retention decision; these totals are in mines.</source>
        <translation>Las filas están en artículos, cada una con su propia decisión de retención; estos totales están en minas.</translation>
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
        <source>{findings}: {errors}, {warnings}, {info} for information</source>
        <translation>{findings}: {errors}, {warnings}, {info} a título informativo</translation>
    </message>
    <message>
        <source>{count} finding</source>
        <translation>{count} hallazgo</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translation>{count} hallazgos</translation>
    </message>
    <message>
        <source>{count} error</source>
        <translation>{count} error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>{count} advertencia</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} advertencias</translation>
    </message>
    <message>
        <source>Reading the destruction plan...</source>
        <translation>Leyendo el plan de destrucción...</translation>
    </message>
    <message>
        <source>Reading the destruction log...</source>
        <translation>Leyendo el registro de destrucciones...</translation>
    </message>
    <message>
        <source>{count} task shown</source>
        <translation>{count} tarea mostrada</translation>
    </message>
    <message>
        <source>{count} tasks shown</source>
        <translation>{count} tareas mostradas</translation>
    </message>
    <message>
        <source>planned {planned}</source>
        <translation>previstas {planned}</translation>
    </message>
    <message>
        <source>destroyed {destroyed}</source>
        <translation>destruidas {destroyed}</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue</source>
        <translation>abiertas: {open}, atrasadas: {overdue}</translation>
    </message>
    <message>
        <source>{count} event shown</source>
        <translation>{count} destrucción mostrada</translation>
    </message>
    <message>
        <source>{count} events shown</source>
        <translation>{count} destrucciones mostradas</translation>
    </message>
    <message>
        <source>{count} awaiting verification</source>
        <translation>pendientes de verificación: {count}</translation>
    </message>
    <message>
        <source>{count} mine type</source>
        <translation>{count} tipo de mina</translation>
    </message>
    <message>
        <source>{count} mine types</source>
        <translation>{count} tipos de minas</translation>
    </message>
    <message>
        <source>{count} site</source>
        <translation>{count} emplazamiento</translation>
    </message>
    <message>
        <source>{count} sites</source>
        <translation>{count} emplazamientos</translation>
    </message>
</context>
<context>
    <name>StockpileView</name>
    <message>
        <source>Any status</source>
        <translation>Cualquier situación</translation>
    </message>
    <message>
        <source>SD/SDA: all</source>
        <translation>SD/SDA: todas</translation>
    </message>
    <message>
        <source>Self-destructing (SD)</source>
        <translation>De autodestrucción (SD)</translation>
    </message>
    <message>
        <source>Self-deactivating only (SDA)</source>
        <translation>Solo de autodesactivación (SDA)</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistente</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Held after</source>
        <translation>Saldo después</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>Motivo / nota</translation>
    </message>
    <message>
        <source>{reason} (reversed by entry {entry})</source>
        <translation>{reason} (anulado por el asiento {entry})</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenidas</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Retenido para</translation>
    </message>
    <message>
        <source>released (surplus)</source>
        <translation>liberadas (excedente)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendidas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <source>{day}, {by}: {reason}</source>
        <translation>{day}, {by}: {reason}</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>Lot {lot} - {type}, {site} ({country}), {sd}</source>
        <translation>Lote {lot} - {type}, {site} ({country}), {sd}</translation>
    </message>
    <message>
        <source>UNACCOUNTED FOR {count}</source>
        <translation>NO CONTABILIZADAS {count}</translation>
    </message>
    <message>
        <source>retained {count} ({category})</source>
        <translation>retenidas {count} ({category})</translation>
    </message>
    <message>
        <source>retained {count}</source>
        <translation>retenidas {count}</translation>
    </message>
    <message>
        <source>on hand {count}</source>
        <translation>en existencias {count}</translation>
    </message>
    <message>
        <source>surplus {count}</source>
        <translation>excedente {count}</translation>
    </message>
    <message>
        <source>scheduled {count}</source>
        <translation>programadas {count}</translation>
    </message>
    <message>
        <source>suspended {count}</source>
        <translation>suspendidas {count}</translation>
    </message>
    <message>
        <source>at destruction sites {count} ({held} suspended there)</source>
        <translation>en los emplazamientos de destrucción {count} (de ellas, {held} suspendidas)</translation>
    </message>
    <message>
        <source>at destruction sites {count}</source>
        <translation>en los emplazamientos de destrucción {count}</translation>
    </message>
    <message>
        <source>destroyed {count}</source>
        <translation>destruidas {count}</translation>
    </message>
    <message>
        <source>held at {sites}</source>
        <translation>en poder en {sites}</translation>
    </message>
    <message>
        <source>{contents} per item: {mines} mines on hand</source>
        <translation>{contents} por artículo: {mines} minas en existencias</translation>
    </message>
    <message>
        <source>Select a lot to see its ledger.</source>
        <translation>Seleccione un lote para ver su libro registro.</translation>
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
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruidas</translation>
    </message>
    <message>
        <source>Unscheduled surplus</source>
        <translation>Excedente no programado</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>At destruction sites</source>
        <translation>En los emplazamientos de destrucción</translation>
    </message>
    <message>
        <source>Partially destroyed</source>
        <translation>Parcialmente destruido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>{by}, {day}</source>
        <translation>{by}, {day}</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>Ledger of the lot</source>
        <translation>Libro registro del lote</translation>
    </message>
    <message>
        <source>The lot&apos;s records</source>
        <translation>Los registros del lote</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro registro</translation>
    </message>
    <message>
        <source>Retention decisions of the lot</source>
        <translation>Decisiones de retención del lote</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Suspensions of the lot</source>
        <translation>Suspensiones del lote</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensiones</translation>
    </message>
    <message>
        <source>Tasks of the lot</source>
        <translation>Tareas del lote</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Destruction events of the lot</source>
        <translation>Destrucciones del lote</translation>
    </message>
    <message>
        <source>Destruction events</source>
        <translation>Destrucciones</translation>
    </message>
    <message>
        <source>Reading the lot...</source>
        <translation>Leyendo el lote...</translation>
    </message>
    <message>
        <source>The lot could not be read: {error}</source>
        <translation>No se ha podido leer el lote: {error}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excedente</translation>
    </message>
    <message>
        <source>AP and AV</source>
        <translation>AP y AV</translation>
    </message>
    <message>
        <source>SD, SDA or persistent</source>
        <translation>SD, SDA o persistente</translation>
    </message>
    <message>
        <source>Search lot number or notes...</source>
        <translation>Buscar un número de lote o una nota...</translation>
    </message>
    <message>
        <source>Search lot number or notes</source>
        <translation>Buscar un número de lote o una nota</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Loading the stockpile...</source>
        <translation>Cargando las existencias...</translation>
    </message>
    <message>
        <source>The stockpile could not be read: {error}</source>
        <translation>No se han podido leer las existencias: {error}</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los emplazamientos</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>Lot no.</source>
        <translation>N.º de lote</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>{column}, lot {lot}</source>
        <translation>{column}, lote {lot}</translation>
    </message>
</context>
</TS>
