<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Article7Report</name>
    <message>
        <source>{mines} mines in {items} {things}</source>
        <translation>{mines} minas en {items} {things}</translation>
    </message>
    <message>
        <source>An entry reversed within the year is a mistake corrected and neither is listed; one reversed in a later year is listed again in that year&apos;s report, as its correction.</source>
        <translation>Un asiento anulado dentro del año es un error corregido y no se consigna ninguno de los dos; uno anulado en un año posterior se consigna de nuevo en el informe de ese año, como su corrección.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Lot numbers</source>
        <translation>Números de lote</translation>
    </message>
    <message>
        <source>Supplementary information</source>
        <translation>Información complementaria</translation>
    </message>
    <message>
        <source>correction of the {kind} of {date}</source>
        <translation>corrección del asiento «{kind}» del {date}</translation>
    </message>
    <message>
        <source>Article 7 report - calendar year {year} - provisional</source>
        <translation>Informe presentado en virtud del artículo 7 - año civil {year} - provisional</translation>
    </message>
    <message>
        <source>Article 7 report - calendar year {year}</source>
        <translation>Informe presentado en virtud del artículo 7 - año civil {year}</translation>
    </message>
    <message>
        <source>Voluntary report in the format of Article 7 - calendar year {year} - provisional</source>
        <translation>Informe voluntario con arreglo al formato del artículo 7 - año civil {year} - provisional</translation>
    </message>
    <message>
        <source>Voluntary report in the format of Article 7 - calendar year {year}</source>
        <translation>Informe voluntario con arreglo al formato del artículo 7 - año civil {year}</translation>
    </message>
    <message>
        <source>1 January {year} - {date} (provisional: the year is not over)</source>
        <translation>1 de enero de {year} - {date} (provisional: el año no ha terminado)</translation>
    </message>
    <message>
        <source>1 January - 31 December {year}</source>
        <translation>1 de enero - 31 de diciembre de {year}</translation>
    </message>
    <message>
        <source>Quantities are individual mines, computed from the ledger up to {date}; a type whose item holds several (a projectile, a dispenser) says how many items hold them.</source>
        <translation>Las cantidades son minas individuales, calculadas a partir del registro hasta el {date}; para un tipo cuya unidad contiene varias (un proyectil, un dispensador) se indica cuántas unidades las contienen.</translation>
    </message>
    <message>
        <source>Quantities are individual mines, computed from the ledger up to 31 December; a type whose item holds several (a projectile, a dispenser) says how many items hold them.</source>
        <translation>Las cantidades son minas individuales, calculadas a partir del registro hasta el 31 de diciembre; para un tipo cuya unidad contiene varias (un proyectil, un dispensador) se indica cuántas unidades las contienen.</translation>
    </message>
    <message>
        <source>as of {date} (provisional)</source>
        <translation>al {date} (provisional)</translation>
    </message>
    <message>
        <source>during {year} to {date} (provisional)</source>
        <translation>durante {year}, hasta el {date} (provisional)</translation>
    </message>
    <message>
        <source>in {year} to {date} (provisional)</source>
        <translation>en {year}, hasta el {date} (provisional)</translation>
    </message>
    <message>
        <source>since entry into force ({effective}) to {date} (provisional)</source>
        <translation>desde la entrada en vigor ({effective}) hasta el {date} (provisional)</translation>
    </message>
    <message>
        <source>since the policy took effect ({effective}) to {date} (provisional)</source>
        <translation>desde que la política surtió efecto ({effective}) hasta el {date} (provisional)</translation>
    </message>
    <message>
        <source>at 31 December {year}</source>
        <translation>al 31 de diciembre de {year}</translation>
    </message>
    <message>
        <source>during {year}</source>
        <translation>durante {year}</translation>
    </message>
    <message>
        <source>in {year}</source>
        <translation>en {year}</translation>
    </message>
    <message>
        <source>since entry into force ({effective}) to 31 December {year}</source>
        <translation>desde la entrada en vigor ({effective}) hasta el 31 de diciembre de {year}</translation>
    </message>
    <message>
        <source>since the policy took effect ({effective}) to 31 December {year}</source>
        <translation>desde que la política surtió efecto ({effective}) hasta el 31 de diciembre de {year}</translation>
    </message>
    <message>
        <source>Mines discovered after the deadline ({deadline}): each lot due for destruction within six months of its discovery.</source>
        <translation>Minas descubiertas después del plazo ({deadline}): cada lote ha de destruirse dentro de los seis meses siguientes a su descubrimiento.</translation>
    </message>
    <message>
        <source>No deadline is set for the active profile or a programme.</source>
        <translation>No se ha fijado ningún plazo para el perfil activo ni para un programa.</translation>
    </message>
    <message>
        <source>Form G - anti-personnel mines destroyed {when}</source>
        <translation>Formulario G - Minas antipersonal destruidas {when}</translation>
    </message>
    <message>
        <source>Form G - previously unknown stockpiles destroyed {when}</source>
        <translation>Formulario G - Existencias antes desconocidas destruidas {when}</translation>
    </message>
    <message>
        <source>Form B - stockpiled anti-personnel mines {when}</source>
        <translation>Formulario B - Existencias de minas antipersonal {when}</translation>
    </message>
    <message>
        <source>Form B - previously unknown stockpiles {when}</source>
        <translation>Formulario B - Existencias antes desconocidas {when}</translation>
    </message>
    <message>
        <source>Form B - supplementary information: mines unaccounted for after their destruction task {at}</source>
        <translation>Formulario B - Información complementaria: minas no justificadas tras su tarea de destrucción {at}</translation>
    </message>
    <message>
        <source>Still the state&apos;s stockpile until found, destroyed with a certificate or written off by an authority; not in the quantities above. Losses resolved during the year are listed with how.</source>
        <translation>Siguen siendo existencias del Estado hasta que se hallen, se destruyan con un certificado o una autoridad las dé de baja; no figuran en las cantidades anteriores. Las pérdidas resueltas durante el año se consignan con el modo en que se resolvieron.</translation>
    </message>
    <message>
        <source>Form B - supplementary information: gains and losses found by stock checks {during}</source>
        <translation>Formulario B - Información complementaria: aumentos y disminuciones constatados en los inventarios {during}</translation>
    </message>
    <message>
        <source>Form J - other relevant matters: mines not covered by {profile} held {at} (voluntary)</source>
        <translation>Formulario J - Otras cuestiones pertinentes: minas no cubiertas por el perfil «{profile}» en poder {at} (con carácter voluntario)</translation>
    </message>
    <message>
        <source>Form J - other relevant matters: mines not covered by {profile} destroyed {in_year} (voluntary)</source>
        <translation>Formulario J - Otras cuestiones pertinentes: minas no cubiertas por el perfil «{profile}» destruidas {in_year} (con carácter voluntario)</translation>
    </message>
    <message>
        <source>Of the mines destroyed in {year}, {mines} are on certificates not yet verified by a second person: {certificates}.</source>
        <translation>De las minas destruidas en {year}, {mines} figuran en certificados aún no verificados por una segunda persona: {certificates}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Minas</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Lugar del inventario</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Mines the profile governs; a loss is negative, the total is the net change the counts found. {corrections}</source>
        <translation>Minas regidas por el perfil; una disminución es negativa y el total es la variación neta constatada en los inventarios. {corrections}</translation>
    </message>
    <message>
        <source>Form D - retained under Article 3 {at}</source>
        <translation>Formulario D - Minas retenidas en virtud del artículo 3 {at}</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Used in training {in_year}</source>
        <translation>Utilizadas en adiestramiento {in_year}</translation>
    </message>
    <message>
        <source>Intended purpose</source>
        <translation>Finalidad prevista</translation>
    </message>
    <message>
        <source>Intended purpose: the reason of the retention decision that named the institution; actual use: the mines used in training in the year. Retained mines are destroyed only once released from retention: they are then surplus, in Form G.</source>
        <translation>Finalidad prevista: el motivo de la decisión de retención que designó a la institución; uso efectivo: las minas utilizadas en adiestramiento durante el año. Las minas retenidas solo se destruyen una vez liberadas de la retención: pasan entonces a ser excedente, en el formulario G.</translation>
    </message>
    <message>
        <source>Form D - transferred for the purpose of destruction {in_year}</source>
        <translation>Formulario D - Minas transferidas con el propósito de destrucción {in_year}</translation>
    </message>
    <message>
        <source>Mines shipped to a destruction site in another country than the depot they left; still in Form B until destroyed there.</source>
        <translation>Minas enviadas a un emplazamiento de destrucción situado en otro país que el depósito de origen; siguen en el formulario B hasta que se destruyan allí.</translation>
    </message>
    <message>
        <source>Form D - transferred out of or into the stockpile, other than to a destruction site, {during}</source>
        <translation>Formulario D - Minas transferidas fuera de las existencias o hacia ellas, salvo a un emplazamiento de destrucción, {during}</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Purpose (the reason recorded)</source>
        <translation>Finalidad (el motivo registrado)</translation>
    </message>
    <message>
        <source>Mines the profile governs; out of the stockpile is negative, the total is the net change. The record holds no purpose for a transfer (for destruction, for development and training, or other): the reason recorded with it is printed. Mines sent to a destruction site are shipped for destruction, not transferred: abroad, they are in the table above. {corrections}</source>
        <translation>Minas regidas por el perfil; una salida de las existencias es negativa y el total es la variación neta. El registro no consigna la finalidad de una transferencia (destrucción, desarrollo y adiestramiento, u otra): se imprime el motivo registrado con ella. Las minas enviadas a un emplazamiento de destrucción se envían para su destrucción, no se transfieren: en el extranjero, figuran en el cuadro anterior. {corrections}</translation>
    </message>
    <message>
        <source>Reported voluntarily, not counted in Forms B and G: {profile} governs {scope}.</source>
        <translation>Notificadas con carácter voluntario, no computadas en los formularios B y G: el perfil «{profile}» rige {scope}.</translation>
    </message>
    <message>
        <source>Not written for this report.</source>
        <translation>No redactado para este informe.</translation>
    </message>
    <message>
        <source>(Carried forward from the {earlier} report: review it for {year}.)</source>
        <translation>(Trasladado del informe de {earlier}: revíselo para {year}.)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Período que abarca el informe</translation>
    </message>
    <message>
        <source>{date}, recorded by {name}</source>
        <translation>{date}, registrada por {name}</translation>
    </message>
    <message>
        <source>not submitted: a draft until it is frozen as submitted</source>
        <translation>no presentado: un borrador hasta que se congele como presentado</translation>
    </message>
    <message>
        <source>Since the report for {period}</source>
        <translation>Desde el informe de {period}</translation>
    </message>
    <message>
        <source>Since the last report</source>
        <translation>Desde el último informe</translation>
    </message>
    <message>
        <source>first report</source>
        <translation>primer informe</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>no redactado</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <source>carried forward from {year}: to review</source>
        <translation>trasladado de {year}: por revisar</translation>
    </message>
    <message>
        <source>written for {year}</source>
        <translation>redactado para {year}</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>The office&apos;s text</source>
        <translation>Texto de la oficina</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Forms in this report</source>
        <translation>Formularios del presente informe</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>{text} (carried forward from {earlier}: review it for {year})</source>
        <translation>{text} (trasladado de {earlier}: revíselo para {year})</translation>
    </message>
    <message>
        <source>{category}, {activation}</source>
        <translation>{category}, {activation}</translation>
    </message>
    <message>
        <source>Form H - technical characteristics of each type held {at}</source>
        <translation>Formulario H - Características técnicas de cada tipo en poder {at}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category and activation</source>
        <translation>Categoría y activación</translation>
    </message>
    <message>
        <source>Self-destruction</source>
        <translation>Autodestrucción</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Sistema de colocación</translation>
    </message>
    <message>
        <source>Contents per item</source>
        <translation>Contenido por unidad</translation>
    </message>
    <message>
        <source>Form H - physical characteristics of each type held {at}</source>
        <translation>Formulario H - Características físicas de cada tipo en poder {at}</translation>
    </message>
    <message>
        <source>No destruction programme is recorded under {profile}. The record holds 1 programme under {others}, not listed here: its plan counts the mines and the deadline of that profile. Record a programme under {profile} to report its methods, sites and standards here.</source>
        <translation>No hay ningún programa de destrucción registrado en virtud del perfil «{profile}». El registro contiene 1 programa en virtud del perfil «{others}», que no se consigna aquí: su plan computa las minas y el plazo de ese perfil. Registre un programa en virtud del perfil «{profile}» para declarar aquí sus métodos, lugares y normas.</translation>
    </message>
    <message>
        <source>No destruction programme is recorded under {profile}. The record holds {number} programmes under {others}, not listed here: their plans count the mines and the deadlines of those profiles. Record a programme under {profile} to report its methods, sites and standards here.</source>
        <translation>No hay ningún programa de destrucción registrado en virtud del perfil «{profile}». El registro contiene {number} programas, que no se consignan aquí, de otros perfiles ({others}): sus planes computan las minas y los plazos de esos perfiles. Registre un programa en virtud del perfil «{profile}» para declarar aquí sus métodos, lugares y normas.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Mass (g)</source>
        <translation>Masa (g)</translation>
    </message>
    <message>
        <source>Explosive</source>
        <translation>Explosivo</translation>
    </message>
    <message>
        <source>Explosive mass (g)</source>
        <translation>Masa de explosivo (g)</translation>
    </message>
    <message>
        <source>Metal content</source>
        <translation>Contenido metálico</translation>
    </message>
    <message>
        <source>Fuze</source>
        <translation>Espoleta</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <source>Not recorded: the catalogue does not give it (Catalogue, Correct mine type). Photograph: the name of its file, to annex to the report.</source>
        <translation>No registrado: el catálogo no lo indica (Catálogo, Corregir el tipo de mina). Fotografía: el nombre de su archivo, que ha de adjuntarse como anexo al informe.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>{class}, self-destructs after {hours} hours, and self-deactivating (SDA)</source>
        <translation>{class}, se autodestruye al cabo de {hours} horas, y autodesactivación (ADA)</translation>
    </message>
    <message>
        <source>{class}, self-destructs after {hours} hours</source>
        <translation>{class}, se autodestruye al cabo de {hours} horas</translation>
    </message>
    <message>
        <source>discovered {date}, due for destruction by {due}</source>
        <translation>descubiertas el {date}, han de destruirse a más tardar el {due}</translation>
    </message>
    <message>
        <source>at {site}, by {method}: {mines}</source>
        <translation>en {site}, mediante {method}: {mines}</translation>
    </message>
    <message>
        <source>Destruction of the stockpiled anti-personnel mines under {profile} not completed by its deadline, {deadline}.</source>
        <translation>Destrucción de las existencias de minas antipersonal en virtud del perfil «{profile}» no concluida en el plazo, el {deadline}.</translation>
    </message>
    <message>
        <source>Destruction of the stockpiled anti-personnel mines under {profile} completed on {date}, by the deadline, {deadline}.</source>
        <translation>Destrucción de las existencias de minas antipersonal en virtud del perfil «{profile}» concluida el {date}, dentro del plazo (el {deadline}).</translation>
    </message>
    <message>
        <source>Destruction of the stockpiled anti-personnel mines under {profile} completed on {date}, 1 day after the deadline, {deadline}.</source>
        <translation>Destrucción de las existencias de minas antipersonal en virtud del perfil «{profile}» concluida el {date}, 1 día después del vencimiento del plazo, el {deadline}.</translation>
    </message>
    <message>
        <source>Destruction of the stockpiled anti-personnel mines under {profile} completed on {date}, {days} days after the deadline, {deadline}.</source>
        <translation>Destrucción de las existencias de minas antipersonal en virtud del perfil «{profile}» concluida el {date}, {days} días después del vencimiento del plazo, el {deadline}.</translation>
    </message>
    <message>
        <source>{kind}, {contents} per item</source>
        <translation>{kind}, {contents} por unidad</translation>
    </message>
    <message>
        <source>of which {mines} at destruction sites, not yet destroyed</source>
        <translation>de las cuales {mines} en los emplazamientos de destrucción, aún no destruidas</translation>
    </message>
    <message>
        <source>of which {mines} retained ({reason})</source>
        <translation>de las cuales {mines} retenidas ({reason})</translation>
    </message>
    <message>
        <source>of which {mines} reserved for Korea, which {profile} does not permit: surplus to destroy</source>
        <translation>de las cuales {mines} reservadas para Corea, lo que el perfil «{profile}» no permite: excedente que ha de destruirse</translation>
    </message>
    <message>
        <source>{mines} more reserved for Korea beyond the requirement: surplus to destroy</source>
        <translation>{mines} más reservadas para Corea por encima de la necesidad: excedente que ha de destruirse</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(no designada)</translation>
    </message>
    <message>
        <source>to {site}: {mines}</source>
        <translation>a {site}: {mines}</translation>
    </message>
    <message>
        <source>Form F - status of destruction programmes {at}</source>
        <translation>Formulario F - Situación de los programas de destrucción {at}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluido</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Began on</source>
        <translation>Iniciado el</translation>
    </message>
    <message>
        <source>Scheduled in tasks {at}</source>
        <translation>Programadas en tareas {at}</translation>
    </message>
    <message>
        <source>Destroyed to date</source>
        <translation>Destruidas hasta la fecha</translation>
    </message>
    <message>
        <source>Still to destroy</source>
        <translation>Pendientes de destrucción</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Concluido el</translation>
    </message>
    <message>
        <source>Mines the profile governs. Scheduled in tasks: every task not cancelled on the record then, as planned (the progress report counts the tasks on the record on the day it is printed). Destroyed to date: by the programme&apos;s own tasks (Form G counts every destruction since entry into force, with or without a task). Still to destroy: its surplus, the mines shipped and not yet reported destroyed, and those unaccounted for after their task.</source>
        <translation>Minas regidas por el perfil. Programadas en tareas: toda tarea no anulada registrada en esa fecha, tal como estaba prevista (el informe de avance computa las tareas registradas el día en que se imprime). Destruidas hasta la fecha: por las tareas propias del programa (el formulario G computa toda destrucción desde la entrada en vigor, con o sin tarea). Pendientes de destrucción: su excedente, las minas enviadas cuya destrucción aún no se ha notificado y las no justificadas tras su tarea.</translation>
    </message>
    <message>
        <source>Form F - methods, destruction sites and standards</source>
        <translation>Formulario F - Métodos, lugares de destrucción y normas</translation>
    </message>
    <message>
        <source>Destruction sites</source>
        <translation>Lugares de destrucción</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Safety standards</source>
        <translation>Normas de seguridad</translation>
    </message>
    <message>
        <source>Environmental standards</source>
        <translation>Normas ambientales</translation>
    </message>
</context>
<context>
    <name>Article7TextDialog</name>
    <message>
        <source>Article 7 texts</source>
        <translation>Textos del artículo 7</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The report of a year prints what is saved for it. A text not yet saved for the year is carried forward from an earlier year and marked for review; Save writes the parts you changed, and the one in view when it is carried forward. A year frozen as submitted takes no text.</source>
        <translation>El informe de un año imprime lo guardado para él. Un texto aún no guardado para el año se traslada de un año anterior y se marca para revisión; Guardar registra las partes que haya modificado, y la que está a la vista cuando es trasladada. Un año congelado como presentado no admite textos.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The report for {year} was submitted on {submitted} and frozen on {frozen} by {person}: it prints as it was, and texts go into {next_year}.</source>
        <translation>El informe de {year} se presentó el {submitted} y fue congelado el {frozen} por {person}: se imprime tal como era, y los textos van a {next_year}.</translation>
    </message>
    <message>
        <source>a day not recorded</source>
        <translation>una fecha no registrada</translation>
    </message>
    <message>
        <source>Not written for {year}.</source>
        <translation>No redactado para {year}.</translation>
    </message>
    <message>
        <source>Carried forward from {earlier} ({person}): review it, then Save writes it for {year}.</source>
        <translation>Trasladado de {earlier} ({person}): revíselo; Guardar lo registra entonces para {year}.</translation>
    </message>
    <message>
        <source>Written for {year} by {person}, {when}.</source>
        <translation>Redactado para {year} por {person}, {when}.</translation>
    </message>
    <message>
        <source>{form} is a table the report builds from the record; this text is a note printed above it.</source>
        <translation>{form} es un cuadro que el informe elabora a partir del registro; este texto es una nota impresa encima de él.</translation>
    </message>
    <message>
        <source>The characteristics are entered with each mine type: Catalogue &gt; Correct mine type.</source>
        <translation>Las características se introducen con cada tipo de mina: Catálogo &gt; Corregir el tipo de mina.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modificado, aún no guardado.</translation>
    </message>
    <message>
        <source>Save the texts typed, or close, to change the year</source>
        <translation>Guarde los textos escritos, o cierre, para cambiar de año</translation>
    </message>
    <message>
        <source>nothing to save: no text was changed</source>
        <translation>nada que guardar: no se modificó ningún texto</translation>
    </message>
    <message>
        <source>Saved: {parts}.</source>
        <translation>Guardado: {parts}.</translation>
    </message>
    <message>
        <source>Close without saving the texts typed for {year} ({parts})?</source>
        <translation>¿Cerrar sin guardar los textos escritos para {year} ({parts})?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>{year}: {part}: saved</source>
        <translation>{year}: {part}: guardado</translation>
    </message>
</context>
<context>
    <name>CatalogueDialogs</name>
    <message>
        <source>e.g. diameter 60 mm, height 40 mm</source>
        <translation>p. ej. diámetro 60 mm, altura 40 mm</translation>
    </message>
    <message>
        <source>e.g. TNT, tetryl, composition B</source>
        <translation>p. ej. TNT, tetril, composición B</translation>
    </message>
    <message>
        <source>the photograph&apos;s file: type its path or Browse...</source>
        <translation>el archivo de la fotografía: escriba su ruta o Examinar...</translation>
    </message>
    <message>
        <source>Correct mine type {designation}</source>
        <translation>Corregir el tipo de mina {designation}</translation>
    </message>
    <message>
        <source>Add a mine type</source>
        <translation>Añadir un tipo de mina</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <source>Add type</source>
        <translation>Añadir tipo</translation>
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
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>AP - anti-personnel</source>
        <translation>AP - antipersonal</translation>
    </message>
    <message>
        <source>AV - anti-vehicle</source>
        <translation>AV - antivehículo</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Modo de activación</translation>
    </message>
    <message>
        <source>self-destructs after</source>
        <translation>se autodestruye tras</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Self-destruct</source>
        <translation>Autodestrucción</translation>
    </message>
    <message>
        <source>Self-destruct time</source>
        <translation>Tiempo de autodestrucción</translation>
    </message>
    <message>
        <source>Self-deactivating</source>
        <translation>Autodesactivación</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modo de colocación</translation>
    </message>
    <message>
        <source>AP mines per item</source>
        <translation>Minas AP por unidad</translation>
    </message>
    <message>
        <source>AV mines per item</source>
        <translation>Minas AV por unidad</translation>
    </message>
    <message>
        <source>A plain mine: 1 of its category. An ADAM projectile: 36 AP; a Volcano canister: 1 AP + 5 AV</source>
        <translation>Una mina simple: 1 de su categoría. Un proyectil ADAM: 36 AP; un contenedor Volcano: 1 AP + 5 AV</translation>
    </message>
    <message>
        <source>Technical characteristics (Article 7 Form H)</source>
        <translation>Características técnicas (artículo 7, formulario H)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Every lot of this type follows the correction; the audit log keeps the entry as it was, with your reason.</source>
        <translation>Todos los lotes de este tipo siguen la corrección; el registro de auditoría conserva la ficha tal como era, con su motivo.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Photograph of the mine type</source>
        <translation>Fotografía del tipo de mina</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.bmp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.bmp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>there is no file {path}; choose the photograph with Browse..., or leave it empty</source>
        <translation>no existe el archivo {path}; elija la fotografía con Examinar..., o deje el campo vacío</translation>
    </message>
    <message>
        <source>Correct site {code}</source>
        <translation>Corregir el emplazamiento {code}</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Añadir un emplazamiento</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Añadir emplazamiento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>País (código ISO)</translation>
    </message>
    <message>
        <source>e.g. US, KR</source>
        <translation>p. ej. US, KR</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
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
        <translation>Corregir el tipo de mina...</translation>
    </message>
    <message>
        <source>Correct site...</source>
        <translation>Corregir el emplazamiento...</translation>
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
        <translation>Minas por unidad</translation>
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
        <translation>ADA</translation>
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
        <source>{recorded} of {asked}</source>
        <translation>{recorded} de {asked}</translation>
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
        <translation>Perfil normativo...</translation>
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
        <translation>verificado con arreglo al perfil &lt;b&gt;{profile}&lt;/b&gt;</translation>
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
        <translation>{lots} ({items} unidades)</translation>
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
        <translation>por destruir en virtud del perfil «{profile}» = programadas {scheduled} + suspendidas {suspended} + no programadas {unscheduled}</translation>
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
        <translation>y {count} no justificadas (tareas cerradas con diferencia)</translation>
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
        <translation>dentro del plazo: excedente nunca destruido al ritmo reciente</translation>
    </message>
    <message>
        <source>NOT on track: forecast never at the recent rate</source>
        <translation>FUERA de plazo: nunca al ritmo reciente, según la previsión</translation>
    </message>
    <message>
        <source>on track: surplus gone by {month}</source>
        <translation>dentro del plazo: excedente destruido para {month}</translation>
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
    <name>DestructionDialogs</name>
    <message>
        <source>Schedule destruction</source>
        <translation>Programar la destrucción</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>No programado</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Previsto el</translation>
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
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>automatic, e.g. T-2026-014</source>
        <translation>automática, p. ej. T-2026-014</translation>
    </message>
    <message>
        <source>Record destruction</source>
        <translation>Registrar la destrucción</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruido</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>N.º de certificado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Reading the open tasks...</source>
        <translation>Leyendo las tareas abiertas...</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>(ninguna tarea)</translation>
    </message>
    <message>
        <source>The open tasks could not be read: {reason}</source>
        <translation>No se pudieron leer las tareas abiertas: {reason}</translation>
    </message>
    <message>
        <source>task {task} ({date}, {site})</source>
        <translation>la tarea {task} ({date}, {site})</translation>
    </message>
    <message>
        <source>Scheduled in {tasks}: record the destruction of scheduled mines against their task, chosen under Task.</source>
        <translation>Programadas en {tasks}: registre la destrucción de las minas programadas con cargo a su tarea, elegida en Tarea.</translation>
    </message>
    <message>
        <source>Correct destruction certificate {certificate}</source>
        <translation>Corregir el certificado de destrucción {certificate}</translation>
    </message>
    <message>
        <source>Correct destruction</source>
        <translation>Corregir la destrucción</translation>
    </message>
    <message>
        <source>Destroyed on {date} at {site}, recorded by {recorder}. The correction is dated as the destruction was; the certificate must then be verified again, by someone other than you.</source>
        <translation>Destruidas el {date} en {site}, registrado por {recorder}. La corrección lleva la fecha de la destrucción; el certificado debe verificarse luego de nuevo, por una persona distinta de usted.</translation>
    </message>
    <message>
        <source>{lot} ({type}): {quantity} recorded destroyed</source>
        <translation>{lot} ({type}): {quantity} registradas como destruidas</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Really destroyed</source>
        <translation>Realmente destruido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Verify certificate {certificate}</source>
        <translation>Verificar el certificado {certificate}</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Recorded by {recorder}; destroyed {date} at {site}. Type the quantity the certificate states for each lot, from the paper.</source>
        <translation>Registrado por {recorder}; destruidas el {date} en {site}. Escriba, según el documento en papel, la cantidad que el certificado indica para cada lote.</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>Warning: certificate {certificate} was recorded by {recorder} under the operating-system login {login}, the one you are working under now. Two names on one login are often one person: verify only if you are not the one who recorded it. The login is in the audit log with your verification.</source>
        <translation>Advertencia: el certificado {certificate} fue registrado por {recorder} con el usuario del sistema operativo {login}, el mismo con el que usted trabaja ahora. Dos nombres con un mismo usuario suelen ser una sola persona: verifique solo si usted no es quien lo registró. El usuario figura en el registro de auditoría junto con su verificación.</translation>
    </message>
    <message>
        <source>Record a return - task {task}</source>
        <translation>Registrar una devolución - tarea {task}</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Mines shipped for task {task} come back from {site} to their lot&apos;s home, not destroyed: on hand again, still planned by the task.</source>
        <translation>Las minas enviadas para la tarea {task} vuelven de {site} a la sede de su lote, sin haber sido destruidas: de nuevo en depósito, aún previstas por la tarea.</translation>
    </message>
    <message>
        <source>Awaiting destruction</source>
        <translation>En espera de destrucción</translation>
    </message>
    <message>
        <source>Ship - task {task}</source>
        <translation>Enviar - tarea {task}</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Mines of task {task} leave their lot&apos;s home for {site}: held at the destruction site until it reports them destroyed.</source>
        <translation>Las minas de la tarea {task} salen de la sede de su lote hacia {site}: se mantienen en el emplazamiento de destrucción hasta que este declare su destrucción.</translation>
    </message>
    <message>
        <source>Left to ship</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Nothing shipped for this task awaits destruction.</source>
        <translation>Nada de lo enviado para esta tarea está en espera de destrucción.</translation>
    </message>
    <message>
        <source>Nothing is left to ship.</source>
        <translation>No queda nada por enviar.</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Devuelto el</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Document ref.</source>
        <translation>Ref. del documento</translation>
    </message>
    <message>
        <source>Return recorded for task {task}: {waiting} await destruction at {site}</source>
        <translation>Devolución registrada para la tarea {task}: {waiting} en espera de destrucción en {site}</translation>
    </message>
    <message>
        <source>Shipped for task {task}: {waiting} await destruction at {site}</source>
        <translation>Enviado para la tarea {task}: {waiting} en espera de destrucción en {site}</translation>
    </message>
    <message>
        <source>Close task {task}</source>
        <translation>Cerrar la tarea {task}</translation>
    </message>
    <message>
        <source>Close task</source>
        <translation>Cerrar la tarea</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not yet verified by a second person: certificate {certificates}. The task can be closed once they are (Destruction &gt; Verify certificate).</source>
        <translation>Aún no verificado por una segunda persona: certificado {certificates}. La tarea podrá cerrarse una vez verificado (Destrucción &gt; Verificar certificado).</translation>
    </message>
    <message>
        <source>Discrepancies:
{discrepancies}</source>
        <translation>Discrepancias:
{discrepancies}</translation>
    </message>
    <message>
        <source>Shipped, destroyed and certified agree for every lot.</source>
        <translation>Las cantidades enviadas, destruidas y certificadas coinciden para cada lote.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>{quantity} of lot {lot}</source>
        <translation>{quantity} del lote {lot}</translation>
    </message>
    <message>
        <source>Closing records {losses}, shipped and not reported destroyed or reported and not certified, as an unaccounted loss with this explanation: it stays in every figure, with a finding, until it is resolved (Destruction, Resolve unaccounted loss).</source>
        <translation>El cierre registra {losses}, enviadas y no declaradas destruidas o declaradas y no certificadas, como pérdida no justificada con esta explicación: permanece en todas las cifras, con un hallazgo, hasta que se resuelva (Destrucción, Resolver pérdida no justificada).</translation>
    </message>
    <message>
        <source>Task {task} closed</source>
        <translation>Tarea {task} cerrada</translation>
    </message>
    <message>
        <source>{quantity} of lot {lot} ({mines} mines)</source>
        <translation>{quantity} del lote {lot} ({mines} minas)</translation>
    </message>
    <message>
        <source>Task {task} closed; {losses} recorded as unaccounted losses</source>
        <translation>Tarea {task} cerrada; {losses} registradas como pérdidas no justificadas</translation>
    </message>
    <message>
        <source>Task {task} closed; {losses} recorded as unaccounted loss</source>
        <translation>Tarea {task} cerrada; {losses} registradas como pérdida no justificada</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>Something went wrong that the program did not expect: {error} (in {file}, line {line}).</source>
        <translation>Se ha producido un error que el programa no esperaba: {error} (en {file}, línea {line}).</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect: {error}.</source>
        <translation>Se ha producido un error que el programa no esperaba: {error}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Each action is saved whole or not at all, so the record is consistent; look at the page&apos;s figures before repeating what you were doing.

The details are in the log file:
{log}</source>
        <translation>Cada acción se guarda entera o no se guarda: el registro sigue siendo coherente. Compruebe las cifras de la página antes de repetir lo que estaba haciendo.

Los detalles figuran en el archivo de registro:
{log}</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>Base de datos no disponible</translation>
    </message>
    <message>
        <source>{reason}.

Nothing was changed. Try again in a moment; if it persists, the database may be locked by another program, or its server out of reach.</source>
        <translation>{reason}.

No se modificó nada. Inténtelo de nuevo dentro de un momento; si persiste, puede que otro programa tenga bloqueada la base de datos o que su servidor no esté accesible.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>activation</source>
        <translation>modo de activación</translation>
    </message>
    <message>
        <source>ap per item</source>
        <translation>AP por unidad</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>fecha de situación</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autoridad</translation>
    </message>
    <message>
        <source>authority reference</source>
        <translation>referencia de la autorización</translation>
    </message>
    <message>
        <source>av per item</source>
        <translation>AV por unidad</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>número del certificado</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contado</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>date of submission</source>
        <translation>fecha de presentación</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>deadline years</source>
        <translation>años de plazo</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>sistema de colocación</translation>
    </message>
    <message>
        <source>designation</source>
        <translation>designación</translation>
    </message>
    <message>
        <source>destruction event</source>
        <translation>destrucción</translation>
    </message>
    <message>
        <source>destruction task</source>
        <translation>tarea de destrucción</translation>
    </message>
    <message>
        <source>document reference</source>
        <translation>referencia del documento</translation>
    </message>
    <message>
        <source>entry into force</source>
        <translation>entrada en vigor</translation>
    </message>
    <message>
        <source>environmental standards</source>
        <translation>normas ambientales</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explicación</translation>
    </message>
    <message>
        <source>explosive mass (g)</source>
        <translation>masa de explosivo (g)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation>asiento del registro</translation>
    </message>
    <message>
        <source>lifted on</source>
        <translation>levantada el</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>lot number</source>
        <translation>número de lote</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>lotes</translation>
    </message>
    <message>
        <source>manufactured on</source>
        <translation>fabricado el</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>mass (g)</source>
        <translation>masa (g)</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>métodos</translation>
    </message>
    <message>
        <source>mine type</source>
        <translation>tipo de mina</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>new lot number</source>
        <translation>número del lote nuevo</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>observaciones</translation>
    </message>
    <message>
        <source>officer in charge</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>opening balance date</source>
        <translation>fecha del saldo inicial</translation>
    </message>
    <message>
        <source>operating-system login</source>
        <translation>usuario del sistema operativo</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>part</source>
        <translation>parte</translation>
    </message>
    <message>
        <source>permitted retention</source>
        <translation>retención permitida</translation>
    </message>
    <message>
        <source>planned on</source>
        <translation>previsto el</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>safety standards</source>
        <translation>normas de seguridad</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>sello</translation>
    </message>
    <message>
        <source>self-destruct hours</source>
        <translation>horas hasta la autodestrucción</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sitios</translation>
    </message>
    <message>
        <source>sort</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>suspensión</translation>
    </message>
    <message>
        <source>to site</source>
        <translation>sitio de destino</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>unaccounted loss</source>
        <translation>pérdida no justificada</translation>
    </message>
    <message>
        <source>upgrade backups kept</source>
        <translation>copias de actualización conservadas</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>válido desde el</translation>
    </message>
    <message>
        <source>verified on</source>
        <translation>verificado el</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>testigo</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>hoja</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{count} {type} mines are reserved for Korea and {profile} states no requirement for {type}</source>
        <translation>{count} minas {type} están reservadas para Corea y el perfil «{profile}» no fija ninguna necesidad para {type}</translation>
    </message>
    <message>
        <source>state the requirement with its authority (Compliance &gt; Policy profile, or profile korea)</source>
        <translation>indicar la necesidad con su autoridad (Cumplimiento &gt; Perfil de política, o profile korea)</translation>
    </message>
    <message>
        <source>{type}: {reserved} mines reserved for Korea, {required} mines required ({authority}, from {date}): {excess} beyond it are surplus to destroy, counted in the last lots by lot number</source>
        <translation>{type}: {reserved} minas reservadas para Corea, {required} minas requeridas ({authority}, desde el {date}): las {excess} que la superan son excedentes por destruir, contadas en los últimos lotes por número de lote</translation>
    </message>
    <message>
        <source>release them to surplus and schedule their destruction, or state the higher requirement</source>
        <translation>pasarlas a excedente y programar su destrucción, o indicar la necesidad mayor</translation>
    </message>
    <message>
        <source>task {task} was planned for {date} and {left} of {planned} are not destroyed</source>
        <translation>la tarea {task} estaba prevista para el {date} y {left} de {planned} no están destruidas</translation>
    </message>
    <message>
        <source>carry it out or re-plan it</source>
        <translation>ejecutarla o volver a planificarla</translation>
    </message>
    <message>
        <source>task {task} was planned for {date} and {count} mines not covered by {profile} are not destroyed</source>
        <translation>la tarea {task} estaba prevista para el {date} y {count} minas no cubiertas por el perfil «{profile}» no están destruidas</translation>
    </message>
    <message>
        <source>{count} destruction certificate not verified after {days}</source>
        <translation>{count} certificado de destrucción no verificado después de {days}</translation>
    </message>
    <message>
        <source>{count} destruction certificates not verified after {days}</source>
        <translation>{count} certificados de destrucción no verificados después de {days}</translation>
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
        <source>have a second person verify them</source>
        <translation>hacerlos verificar por una segunda persona</translation>
    </message>
    <message>
        <source>{count} certificate verified by its recorder</source>
        <translation>{count} certificado verificado por quien lo registró</translation>
    </message>
    <message>
        <source>{count} certificates verified by their recorder</source>
        <translation>{count} certificados verificados por quien los registró</translation>
    </message>
    <message>
        <source>have a second person verify them again</source>
        <translation>hacerlos verificar de nuevo por una segunda persona</translation>
    </message>
    <message>
        <source>{finding} (obligations under {profile} ended {date})</source>
        <translation>{finding} (las obligaciones en virtud del perfil «{profile}» terminaron el {date})</translation>
    </message>
    <message>
        <source>{finding} ({profile} took effect only on {date})</source>
        <translation>{finding} (el perfil «{profile}» solo entró en vigor el {date})</translation>
    </message>
    <message>
        <source>{mines} mines in {count} lot are not covered by {profile}, which governs {scope}</source>
        <translation>{mines} minas en {count} lote no están cubiertas por el perfil «{profile}», que rige las {scope}</translation>
    </message>
    <message>
        <source>{mines} mines in {count} lots are not covered by {profile}, which governs {scope}</source>
        <translation>{mines} minas en {count} lotes no están cubiertas por el perfil «{profile}», que rige las {scope}</translation>
    </message>
    <message>
        <source>none required; they are shown apart and may be reported voluntarily (Form J)</source>
        <translation>no se requiere ninguna acción; se muestran aparte y pueden declararse con carácter voluntario (Formulario J)</translation>
    </message>
    <message>
        <source>{mines} surplus mines in {count} lot are not scheduled for destruction</source>
        <translation>{mines} minas excedentes en {count} lote no están programadas para su destrucción</translation>
    </message>
    <message>
        <source>{mines} surplus mines in {count} lot are not scheduled for destruction, {beyond} of them reserved for Korea beyond the requirement</source>
        <translation>{mines} minas excedentes en {count} lote no están programadas para su destrucción, {beyond} de ellas reservadas para Corea por encima de la necesidad</translation>
    </message>
    <message>
        <source>{mines} surplus mines in {count} lots are not scheduled for destruction</source>
        <translation>{mines} minas excedentes en {count} lotes no están programadas para su destrucción</translation>
    </message>
    <message>
        <source>{mines} surplus mines in {count} lots are not scheduled for destruction, {beyond} of them reserved for Korea beyond the requirement</source>
        <translation>{mines} minas excedentes en {count} lotes no están programadas para su destrucción, {beyond} de ellas reservadas para Corea por encima de la necesidad</translation>
    </message>
    <message>
        <source>schedule them in a destruction task</source>
        <translation>programarlas en una tarea de destrucción</translation>
    </message>
    <message>
        <source>schedule them in a destruction task (those reserved for Korea beyond the requirement once released to surplus)</source>
        <translation>programarlas en una tarea de destrucción (las reservadas para Corea por encima de la necesidad una vez pasadas a excedente)</translation>
    </message>
    <message>
        <source>{count} mines retained as {category}, which {profile} does not permit</source>
        <translation>{count} minas retenidas como {category}, lo que el perfil «{profile}» no permite</translation>
    </message>
    <message>
        <source>release them to surplus, or record the authority</source>
        <translation>pasarlas a excedente, o registrar la autoridad</translation>
    </message>
    <message>
        <source>{count} persistent mines (no SD, no SDA) held other than for training</source>
        <translation>{count} minas persistentes (sin AD ni ADA) en poder para fines distintos del adiestramiento</translation>
    </message>
    <message>
        <source>destroy them: schedule the surplus ones for destruction; those retained for a purpose other than training cannot be scheduled: review their retention decision first</source>
        <translation>destruirlas: programar la destrucción de las excedentes; las retenidas para fines distintos del adiestramiento no pueden programarse: revisar antes su decisión de retención</translation>
    </message>
    <message>
        <source>{count} Korea-reserved mines are held at sites outside the Republic of Korea</source>
        <translation>{count} minas reservadas para Corea están en poder en sitios fuera de la República de Corea</translation>
    </message>
    <message>
        <source>check the reservation or move them</source>
        <translation>comprobar la reserva o trasladarlas</translation>
    </message>
    <message>
        <source>{count} mines received after {profile}&apos;s acquisition ban ({date})</source>
        <translation>{count} minas recibidas después de la prohibición de adquisición del perfil «{profile}» ({date})</translation>
    </message>
    <message>
        <source>explain the receipts to the authority</source>
        <translation>explicar las recepciones a la autoridad</translation>
    </message>
    <message>
        <source>{count} mines taken on charge as opening balances after the record was started ({started}), dated after {profile}&apos;s acquisition ban</source>
        <translation>{count} minas asentadas como saldos iniciales después del inicio del registro ({started}), con fecha posterior a la prohibición de adquisición del perfil «{profile}»</translation>
    </message>
    <message>
        <source>if they were acquired, they are receipts: correct them; if they were held all along, say where they were kept</source>
        <translation>si se adquirieron, son recepciones: corregirlas; si estuvieron en poder desde siempre, indicar dónde se guardaban</translation>
    </message>
    <message>
        <source>{count} mines transferred out not for destruction</source>
        <translation>{count} minas transferidas para fines distintos de la destrucción</translation>
    </message>
    <message>
        <source>document each transfer&apos;s purpose</source>
        <translation>documentar el propósito de cada transferencia</translation>
    </message>
    <message>
        <source>Article 3 retained stock rose from {before} ({earlier}) to {last} ({later})</source>
        <translation>las existencias retenidas en virtud del artículo 3 pasaron de {before} ({earlier}) a {last} ({later})</translation>
    </message>
    <message>
        <source>justify the increase in the Article 7 report (Form D)</source>
        <translation>justificar el aumento en el informe del artículo 7 (Formulario D)</translation>
    </message>
    <message>
        <source>never at the recent rate</source>
        <translation>nunca al ritmo reciente</translation>
    </message>
    <message>
        <source>{profile}: {count} surplus mines will not all be destroyed by the deadline, {deadline} (forecast {when})</source>
        <translation>{profile}: las {count} minas excedentes no estarán todas destruidas en el plazo, el {deadline} (previsión {when})</translation>
    </message>
    <message>
        <source>raise the destruction rate or plan more tasks</source>
        <translation>aumentar el ritmo de destrucción o planificar más tareas</translation>
    </message>
    <message>
        <source>{profile}: non-compliant since {deadline}: {count} surplus mines still held after the deadline, {unpermitted} of them retained beyond what it permits</source>
        <translation>{profile}: incumplimiento desde el {deadline}: {count} minas excedentes aún en poder después del plazo, {unpermitted} de ellas retenidas por encima de lo que permite</translation>
    </message>
    <message>
        <source>{profile}: non-compliant since {deadline}: {count} surplus mines still held after the deadline</source>
        <translation>{profile}: incumplimiento desde el {deadline}: {count} minas excedentes aún en poder después del plazo</translation>
    </message>
    <message>
        <source>destroy them as a matter of urgent priority and report the delay (Article 7)</source>
        <translation>destruirlas con carácter de prioridad urgente e informar del retraso (artículo 7)</translation>
    </message>
    <message>
        <source>{profile}: stockpile destruction completed {ended}, {count} day after the deadline ({deadline})</source>
        <translation>{profile}: destrucción de las existencias terminada el {ended}, {count} día después del plazo ({deadline})</translation>
    </message>
    <message>
        <source>{profile}: stockpile destruction completed {ended}, {count} days after the deadline ({deadline})</source>
        <translation>{profile}: destrucción de las existencias terminada el {ended}, {count} días después del plazo ({deadline})</translation>
    </message>
    <message>
        <source>{profile}: stockpile destruction completed on time {ended} (deadline {deadline})</source>
        <translation>{profile}: destrucción de las existencias terminada a tiempo el {ended} (plazo {deadline})</translation>
    </message>
    <message>
        <source>report the completion date in the Article 7 report</source>
        <translation>informar de la fecha de terminación en el informe del artículo 7</translation>
    </message>
    <message>
        <source>{finding}; on that day {count} mines unaccounted for were written off by an authority, not destroyed</source>
        <translation>{finding}; ese día, {count} minas no justificadas fueron dadas de baja por una autoridad, no destruidas</translation>
    </message>
    <message>
        <source>report the completion date in the Article 7 report, with the write-off and its authority: those mines were not seen destroyed</source>
        <translation>informar de la fecha de terminación en el informe del artículo 7, con la baja y su autoridad: no se vio destruir esas minas</translation>
    </message>
    <message>
        <source>lot {lot}: {count} mines found on {found}, after the deadline, must be destroyed by {due}</source>
        <translation>lote {lot}: {count} minas descubiertas el {found}, después del plazo, deben destruirse a más tardar el {due}</translation>
    </message>
    <message>
        <source>lot {lot}: {count} mines found on {found}, after the deadline, non-compliant since {due}</source>
        <translation>lote {lot}: {count} minas descubiertas el {found}, después del plazo, incumplimiento desde el {due}</translation>
    </message>
    <message>
        <source>destroy them as a matter of urgent priority (six months from discovery)</source>
        <translation>destruirlas con carácter de prioridad urgente (seis meses desde el descubrimiento)</translation>
    </message>
    <message>
        <source>{count} Article 7 reports ({named}) were due by {due} at the latest and not frozen as submitted</source>
        <translation>{count} informes del artículo 7 ({named}) debían presentarse a más tardar el {due} y no están congelados como presentados</translation>
    </message>
    <message>
        <source>the initial Article 7 report was due by {due} and is not frozen as submitted</source>
        <translation>el informe inicial del artículo 7 debía presentarse a más tardar el {due} y no está congelado como presentado</translation>
    </message>
    <message>
        <source>the Article 7 report for {year} was due by {due} and is not frozen as submitted</source>
        <translation>el informe del artículo 7 de {year} debía presentarse a más tardar el {due} y no está congelado como presentado</translation>
    </message>
    <message>
        <source>print each, have it signed and freeze it (Reports, Article 7 forms)</source>
        <translation>imprimir cada uno, hacerlo firmar y congelarlo (Informes, formularios del artículo 7)</translation>
    </message>
    <message>
        <source>the initial Article 7 report is due by {due}</source>
        <translation>el informe inicial del artículo 7 debe presentarse a más tardar el {due}</translation>
    </message>
    <message>
        <source>the Article 7 report for {year} is due by {due}</source>
        <translation>el informe del artículo 7 de {year} debe presentarse a más tardar el {due}</translation>
    </message>
    <message>
        <source>print it, have it signed and freeze it (Reports, Article 7 forms)</source>
        <translation>imprimirlo, hacerlo firmar y congelarlo (Informes, formularios del artículo 7)</translation>
    </message>
    <message>
        <source>task {task}: {count} mines shipped and not reported destroyed</source>
        <translation>tarea {task}: {count} minas enviadas y no declaradas destruidas</translation>
    </message>
    <message>
        <source>reconcile with the destruction site before closing</source>
        <translation>conciliar con el emplazamiento de destrucción antes de cerrar</translation>
    </message>
    <message>
        <source>task {task}: its verified certificates certify {count} mines fewer than its events reported destroyed</source>
        <translation>tarea {task}: sus certificados verificados certifican {count} minas menos de las que sus operaciones declararon destruidas</translation>
    </message>
    <message>
        <source>correct the destruction to what the certificate says, or close the task with an explanation (the difference becomes an unaccounted loss)</source>
        <translation>corregir la destrucción según el certificado, o cerrar la tarea con una explicación (la diferencia pasa a ser una pérdida no justificada)</translation>
    </message>
    <message>
        <source>programme {programme}</source>
        <translation>el programa {programme}</translation>
    </message>
    <message>
        <source>task {task}, lot {lot} ({type}): {items} items ({mines} mines) unaccounted for: shipped {shipped}, task closed short {closed} ({ago})</source>
        <translation>tarea {task}, lote {lot} ({type}): {items} unidades ({mines} minas) no justificadas: enviadas {shipped}, tarea cerrada con diferencia el {closed} ({ago})</translation>
    </message>
    <message>
        <source>task {task}, lot {lot} ({type}): {items} items ({mines} mines) unaccounted for: task closed short {closed} ({ago})</source>
        <translation>tarea {task}, lote {lot} ({type}): {items} unidades ({mines} minas) no justificadas: tarea cerrada con diferencia el {closed} ({ago})</translation>
    </message>
    <message>
        <source>investigate: record them found and returned, destroyed with a certificate, or written off by an authority (Resolve unaccounted loss)</source>
        <translation>investigar: registrarlas como encontradas y devueltas, destruidas con un certificado, o dadas de baja por una autoridad (Resolver pérdida no justificada)</translation>
    </message>
    <message>
        <source>programme {programme}: non-compliant since {deadline}: {count} mines still to destroy (surplus, shipped but not yet reported destroyed, and unaccounted for)</source>
        <translation>programa {programme}: incumplimiento desde el {deadline}: {count} minas aún por destruir (excedentes, enviadas pero aún no declaradas destruidas, y no justificadas)</translation>
    </message>
    <message>
        <source>programme {programme}: {count} mines still to destroy (surplus, shipped but not yet reported destroyed, and unaccounted for) will not all be destroyed by {deadline} (forecast {when})</source>
        <translation>programa {programme}: las {count} minas aún por destruir (excedentes, enviadas pero aún no declaradas destruidas, y no justificadas) no estarán todas destruidas el {deadline} (previsión {when})</translation>
    </message>
    <message>
        <source>the initial report and {years}</source>
        <translation>el informe inicial y {years}</translation>
    </message>
    <message>
        <source>the initial report</source>
        <translation>el informe inicial</translation>
    </message>
    <message>
        <source>victim-activated</source>
        <translation>activadas por la víctima</translation>
    </message>
    <message>
        <source>command-detonated</source>
        <translation>detonadas por mando</translation>
    </message>
    <message>
        <source>activated either way</source>
        <translation>activadas de una u otra forma</translation>
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
        <source>{one} and {other}</source>
        <translation>{one} y {other}</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} o {other}</translation>
    </message>
    <message>
        <source>{categories} mines that are {activations}</source>
        <translation>minas {categories} {activations}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{count} day ago</source>
        <translation>hace {count} día</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>hace {count} días</translation>
    </message>
    <message>
        <source>in {count} day</source>
        <translation>dentro de {count} día</translation>
    </message>
    <message>
        <source>in {count} days</source>
        <translation>dentro de {count} días</translation>
    </message>
    <message>
        <source>{earlier} to {later}</source>
        <translation>{earlier} a {later}</translation>
    </message>
    <message>
        <source>the deadline of {whose} ({deadline}) passed {ago}</source>
        <translation>el plazo de {whose} ({deadline}) venció: {ago}</translation>
    </message>
    <message>
        <source>the deadline of {whose} ({deadline}) falls {ago}</source>
        <translation>el plazo de {whose} ({deadline}) vence {ago}</translation>
    </message>
    <message>
        <source>{kind} {reference}: {mines} mines shipped to {site} for destruction of lot {lot} have been suspended since {since}; {when}</source>
        <translation>{kind} {reference}: {mines} minas del lote {lot} enviadas a {site} para su destrucción están suspendidas desde el {since}; {when}</translation>
    </message>
    <message>
        <source>{kind} {reference}: {mines} mines shipped to {site} for destruction (in {items} items) of lot {lot} have been suspended since {since}; {when}</source>
        <translation>{kind} {reference}: {mines} minas del lote {lot} enviadas a {site} para su destrucción (en {items} unidades) están suspendidas desde el {since}; {when}</translation>
    </message>
    <message>
        <source>{kind} {reference}: {mines} surplus mines of lot {lot} have been suspended since {since}; {when}</source>
        <translation>{kind} {reference}: {mines} minas excedentes del lote {lot} están suspendidas desde el {since}; {when}</translation>
    </message>
    <message>
        <source>{kind} {reference}: {mines} surplus mines (in {items} items) of lot {lot} have been suspended since {since}; {when}</source>
        <translation>{kind} {reference}: {mines} minas excedentes (en {items} unidades) del lote {lot} están suspendidas desde el {since}; {when}</translation>
    </message>
    <message>
        <source>resolve the hold and lift it so that the mines can be destroyed, or report why they cannot be</source>
        <translation>resolver la suspensión y levantarla para que las minas puedan destruirse, o informar de por qué no pueden destruirse</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>mines</source>
        <translation>minas</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>grams</source>
        <translation>gramos</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Lo que está mal</translation>
    </message>
    <message>
        <source>{typed} is not a whole number of {unit}; write it with digits only, or with commas between groups of three digits</source>
        <translation>{typed} no es un número entero de {unit}; escríbalo solo con cifras, o con un separador entre los grupos de tres cifras</translation>
    </message>
    <message>
        <source>items of {mines} mines</source>
        <translation>unidades de {mines} minas</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>the file {path}</source>
        <translation>el archivo {path}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
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
    <name>Holdings</name>
    <message>
        <source>{site}, for destruction</source>
        <translation>{site}, para su destrucción</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import lots - {file}</source>
        <translation>Importar lotes - {file}</translation>
    </message>
    <message>
        <source>Import destruction history - {file}</source>
        <translation>Importar el historial de destrucciones - {file}</translation>
    </message>
    <message>
        <source>Import movements - {file}</source>
        <translation>Importar movimientos - {file}</translation>
    </message>
    <message>
        <source>Import mine types - {file}</source>
        <translation>Importar tipos de mina - {file}</translation>
    </message>
    <message>
        <source>Import sites - {file}</source>
        <translation>Importar emplazamientos - {file}</translation>
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
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>excedente</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>{kind}, {date}</source>
        <translation>{kind}, {date}</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <source>{site}, task {task}</source>
        <translation>{site}, tarea {task}</translation>
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
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Modo de activación</translation>
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
        <translation>Autodesact.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modo de colocación</translation>
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
        <source>the check was cancelled: nothing is imported unchecked; open the file again to check it</source>
        <translation>la comprobación se canceló: no se importa nada sin comprobar; vuelva a abrir el archivo para comprobarlo</translation>
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
        <source>{count} destruction event</source>
        <translation>{count} evento de destrucción</translation>
    </message>
    <message>
        <source>{count} destruction events</source>
        <translation>{count} eventos de destrucción</translation>
    </message>
    <message>
        <source>{count} mine type</source>
        <translation>{count} tipo de mina</translation>
    </message>
    <message>
        <source>{count} mine types</source>
        <translation>{count} tipos de mina</translation>
    </message>
    <message>
        <source>{count} site</source>
        <translation>{count} emplazamiento</translation>
    </message>
    <message>
        <source>{count} sites</source>
        <translation>{count} emplazamientos</translation>
    </message>
    <message>
        <source>{count} movement</source>
        <translation>{count} movimiento</translation>
    </message>
    <message>
        <source>{count} movements</source>
        <translation>{count} movimientos</translation>
    </message>
    <message>
        <source>{count} mine</source>
        <translation>{count} mina</translation>
    </message>
    <message>
        <source>{count} mines</source>
        <translation>{count} minas</translation>
    </message>
    <message>
        <source>{rows}, {mines}</source>
        <translation>{rows}, {mines}</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} unidad</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} unidades</translation>
    </message>
    <message>
        <source>{rows}, {items} ({mines})</source>
        <translation>{rows}, {items} ({mines})</translation>
    </message>
    <message>
        <source>add it on the Catalogue page, or tick &quot;add unknown mine types&quot; above</source>
        <translation>añádalo en la página Catálogo, o marque «añadir los tipos de mina desconocidos» más arriba</translation>
    </message>
    <message>
        <source>add it on the Catalogue page, or tick &quot;add unknown sites&quot; above</source>
        <translation>añádalo en la página Catálogo, o marque «añadir los emplazamientos desconocidos» más arriba</translation>
    </message>
    <message>
        <source>Choose the sheet to read</source>
        <translation>Elija la hoja que leer</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>add unknown mine types (needs the category column)</source>
        <translation>añadir los tipos de mina desconocidos (requiere la columna category)</translation>
    </message>
    <message>
        <source>add unknown sites</source>
        <translation>añadir los emplazamientos desconocidos</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Rows read from the file</source>
        <translation>Filas leídas del archivo</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas del archivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <source>Opening balance as of</source>
        <translation>Saldo inicial al</translation>
    </message>
    <message>
        <source>Rows without received_on are the stock held when the record starts, taken on charge on this day; rows with received_on are receipts on their own day</source>
        <translation>Las filas sin received_on son las existencias mantenidas al abrirse el registro, dadas de alta en esta fecha; las filas con received_on son recepciones en su propia fecha</translation>
    </message>
    <message>
        <source>Problems (nothing is imported while there are any)</source>
        <translation>Problemas (no se importa nada mientras los haya)</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas para importar</translation>
    </message>
    <message>
        <source>{problem}; {remedy}</source>
        <translation>{problem}; {remedy}</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Comprobación del archivo</translation>
    </message>
    <message>
        <source>{summary}; 1 problem.</source>
        <translation>{summary}; 1 problema.</translation>
    </message>
    <message>
        <source>{summary}; {count} problems.</source>
        <translation>{summary}; problemas detectados: {count}.</translation>
    </message>
    <message>
        <source>Already in the catalogue, left as they are: {names}.</source>
        <translation>Ya en el catálogo, se dejan como están: {names}.</translation>
    </message>
    <message>
        <source>New types: {types}; new sites: {sites}.</source>
        <translation>Tipos nuevos: {types}; emplazamientos nuevos: {sites}.</translation>
    </message>
    <message>
        <source>Sheet {sheet}:</source>
        <translation>Hoja {sheet}:</translation>
    </message>
    <message>
        <source>Flagged: {warning}</source>
        <translation>Señalado: {warning}</translation>
    </message>
    <message>
        <source>... and {count} more rows flagged (the command line&apos;s --dry-run lists them all)</source>
        <translation>... y {count} filas señaladas más (la opción --dry-run de la línea de comandos las enumera todas)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>La importación se canceló: no se importó nada.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>line {line} {message}</source>
        <translation>la línea {line} {message}</translation>
    </message>
    <message>
        <source>line {line}, {place}: {message}</source>
        <translation>línea {line}, {place}: {message}</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>line {line}, {column}: {message}</source>
        <translation>línea {line}, columna {column}: {message}</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>columna {column}: {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {line} {message}</source>
        <translation>hoja {sheet}, la fila {line} {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {line}, {place}: {message}</source>
        <translation>hoja {sheet}, fila {line}, {place}: {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, {place}: {message}</source>
        <translation>hoja {sheet}, {place}: {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {line}, {column}: {message}</source>
        <translation>hoja {sheet}, fila {line}, columna {column}: {message}</translation>
    </message>
    <message>
        <source>sheet {sheet}, {column}: {message}</source>
        <translation>hoja {sheet}, columna {column}: {message}</translation>
    </message>
    <message>
        <source>mine type {name} is also on {other}</source>
        <translation>el tipo de mina {name} figura también en {other}</translation>
    </message>
    <message>
        <source>site {name} is also on {other}</source>
        <translation>el sitio {name} figura también en {other}</translation>
    </message>
    <message>
        <source>mine type {name} is also on {other} (as {first})</source>
        <translation>el tipo de mina {name} figura también en {other} (como {first})</translation>
    </message>
    <message>
        <source>site {name} is also on {other} (as {first})</source>
        <translation>el sitio {name} figura también en {other} (como {first})</translation>
    </message>
    <message>
        <source>mine type {name} is already in the catalogue with {column} {held}, not {file}; an import adds mine types, it does not correct them</source>
        <translation>el tipo de mina {name} ya está en el catálogo con {column} {held}, no {file}; una importación añade tipos de mina, no los corrige</translation>
    </message>
    <message>
        <source>site {name} is already in the catalogue with {column} {held}, not {file}; an import adds sites, it does not correct them</source>
        <translation>el sitio {name} ya está en el catálogo con {column} {held}, no {file}; una importación añade sitios, no los corrige</translation>
    </message>
    <message>
        <source>no lot {number} of type {type}</source>
        <translation>ningún lote {number} del tipo {type}</translation>
    </message>
    <message>
        <source>{lot} is already on the record: an opening balance is a lot&apos;s first entry; record mines added since as a receipt, a transfer in, a discovery or a stock-check gain</source>
        <translation>{lot} ya está en el registro: un saldo inicial es el primer asiento de un lote; registre las minas añadidas después como una recepción, una transferencia de entrada, un descubrimiento o un sobrante de inventario</translation>
    </message>
    <message>
        <source>{lot}: a {kind} is recorded at its home, {home}; its {there} at {site} are moved back first</source>
        <translation>{lot}: un {kind} se registra en su sitio propio, {home}; sus {there} en {site} se devuelven allí primero</translation>
    </message>
    <message>
        <source>{lot}: a {kind} is recorded at its home, {home}</source>
        <translation>{lot}: un {kind} se registra en su sitio propio, {home}</translation>
    </message>
    <message>
        <source>are kept only on a row that takes a new lot on charge; give an entry&apos;s words as its reason</source>
        <translation>solo se conservan en una fila que da de alta un lote nuevo; indique las palabras de un asiento como su motivo</translation>
    </message>
    <message>
        <source>{lot} comes back to its home, {home}</source>
        <translation>{lot} vuelve a su sitio propio, {home}</translation>
    </message>
    <message>
        <source>no open destruction task at {site} has {lot}</source>
        <translation>ninguna tarea de destrucción abierta en {site} incluye {lot}</translation>
    </message>
    <message>
        <source>no open destruction task at {site} has {lot}: schedule it first</source>
        <translation>ninguna tarea de destrucción abierta en {site} incluye {lot}: prográmelo primero</translation>
    </message>
    <message>
        <source>{task} has {count}</source>
        <translation>{task} tiene {count}</translation>
    </message>
    <message>
        <source>no open destruction task at {site} has {quantity} of {lot} awaiting destruction ({tasks})</source>
        <translation>ninguna tarea de destrucción abierta en {site} tiene {quantity} de {lot} a la espera de destrucción ({tasks})</translation>
    </message>
    <message>
        <source>no open destruction task at {site} has {quantity} of {lot} left to ship ({tasks})</source>
        <translation>ninguna tarea de destrucción abierta en {site} tiene {quantity} de {lot} por enviar ({tasks})</translation>
    </message>
    <message>
        <source>tasks {tasks} and {last} at {site} can each take it: returned from {task}, the oldest planned ({planned_on})</source>
        <translation>las tareas {tasks} y {last} en {site} pueden tomarlo cada una: devuelto de {task}, la prevista más antigua ({planned_on})</translation>
    </message>
    <message>
        <source>tasks {tasks} and {last} at {site} can each take it: shipped for {task}, the oldest planned ({planned_on})</source>
        <translation>las tareas {tasks} y {last} en {site} pueden tomarlo cada una: enviado para {task}, la prevista más antigua ({planned_on})</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es uno de {choices}</translation>
    </message>
    <message>
        <source>no mine type {type} in the catalogue</source>
        <translation>ningún tipo de mina {type} en el catálogo</translation>
    </message>
    <message>
        <source>is for ship, move and return rows; a {kind} stays at its site</source>
        <translation>es para las filas ship, move y return; un {kind} se queda en su sitio</translation>
    </message>
    <message>
        <source>no site {site}</source>
        <translation>ningún sitio {site}</translation>
    </message>
    <message>
        <source>{value} is not a whole number (a comma may only group thousands: 1,000 or 12,345,678)</source>
        <translation>{value} no es un número entero (una coma solo puede agrupar los miles: 1,000 o 12,345,678)</translation>
    </message>
    <message>
        <source>{value} is not a whole number (in a file separated by semicolons a comma is a decimal comma; write whole numbers without separators)</source>
        <translation>{value} no es un número entero (en un archivo separado por punto y coma una coma es decimal; escriba los números enteros sin separadores)</translation>
    </message>
    <message>
        <source>{value} is not a whole number (in a file separated by tabs a comma may mark decimals or thousands; write whole numbers without separators)</source>
        <translation>{value} no es un número entero (en un archivo separado por tabulaciones una coma puede marcar decimales o miles; escriba los números enteros sin separadores)</translation>
    </message>
    <message>
        <source>{value} is not a whole number (a comma in a text cell may mark decimals or thousands; enter the number as a number)</source>
        <translation>{value} no es un número entero (una coma en una celda de texto puede marcar decimales o miles; introduzca el número como número)</translation>
    </message>
    <message>
        <source>is TRUE or FALSE where text is expected: {remedy}</source>
        <translation>es VERDADERO o FALSO donde se espera un texto: {remedy}</translation>
    </message>
    <message>
        <source>is a date cell ({value}, format {format}) where text is expected: {remedy}</source>
        <translation>es una celda de fecha ({value}, formato {format}) donde se espera un texto: {remedy}</translation>
    </message>
    <message>
        <source>is a number cell ({value}, format {format}) where text is expected; it may not show what was typed (00123 is the number 123): {remedy}</source>
        <translation>es una celda de número ({value}, formato {format}) donde se espera un texto; puede no mostrar lo que se escribió (00123 es el número 123): {remedy}</translation>
    </message>
    <message>
        <source>format the cell as Text and type the text again</source>
        <translation>dé a la celda el formato Texto y escriba el texto de nuevo</translation>
    </message>
    <message>
        <source>row {line}</source>
        <translation>la fila {line}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>la línea {line}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>must be more than zero, not {value}</source>
        <translation>debe ser mayor que cero, no {value}</translation>
    </message>
    <message>
        <source>{value} is more than the {most} a record can hold</source>
        <translation>{value} supera los {most} que un registro puede contener</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} no es yes ni no</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} está en el futuro</translation>
    </message>
    <message>
        <source>{value} is not a whole number (write whole numbers without spaces)</source>
        <translation>{value} no es un número entero (escriba los números enteros sin espacios)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} looks like a spreadsheet formula; enter the value itself</source>
        <translation>{value} parece una fórmula de hoja de cálculo; introduzca el valor mismo</translation>
    </message>
    <message>
        <source>holds the spreadsheet error {value}; enter the value itself</source>
        <translation>contiene el error de hoja de cálculo {value}; introduzca el valor mismo</translation>
    </message>
    <message>
        <source>is an Excel 97-2003 workbook (.xls) or a workbook protected by a password; save it without a password as an Excel workbook (.xlsx) or CSV UTF-8</source>
        <translation>es un libro de Excel 97-2003 (.xls) o un libro protegido con contraseña; guárdelo sin contraseña como libro de Excel (.xlsx) o CSV UTF-8</translation>
    </message>
    <message>
        <source>is UTF-32 text; save the spreadsheet as CSV UTF-8</source>
        <translation>es texto UTF-32; guarde la hoja de cálculo como CSV UTF-8</translation>
    </message>
    <message>
        <source>is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;); save the spreadsheet as CSV UTF-8</source>
        <translation>es texto UTF-16 (el «Texto Unicode» de Excel); guarde la hoja de cálculo como CSV UTF-8</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save the spreadsheet as CSV UTF-8</source>
        <translation>no es texto UTF-8; guarde la hoja de cálculo como CSV UTF-8</translation>
    </message>
    <message>
        <source>is larger than {most} MB, the most one import reads; split it into smaller files</source>
        <translation>supera {most} MB, lo máximo que lee una importación; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>only an Excel workbook (.xlsx) has sheets; this file is CSV text</source>
        <translation>solo un libro de Excel (.xlsx) tiene hojas; este archivo es texto CSV</translation>
    </message>
    <message>
        <source>is not valid CSV ({error}); is the file complete?</source>
        <translation>no es un CSV válido ({error}); ¿está completo el archivo?</translation>
    </message>
    <message>
        <source>is not valid CSV ({error}); is this a CSV file?</source>
        <translation>no es un CSV válido ({error}); ¿es un archivo CSV?</translation>
    </message>
    <message>
        <source>has more than {most} rows, the most one import takes; split it into smaller files</source>
        <translation>tiene más de {most} filas, lo máximo que admite una importación; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>has a value in column {column}, past the header&apos;s last</source>
        <translation>tiene un valor en la columna {column}, más allá de la última del encabezado</translation>
    </message>
    <message>
        <source>has {cells} cells; the header has {header}</source>
        <translation>tiene {cells} celdas; el encabezado tiene {header}</translation>
    </message>
    <message>
        <source>has a header but no rows</source>
        <translation>tiene un encabezado pero ninguna fila</translation>
    </message>
    <message>
        <source>column(s) named twice: {columns}</source>
        <translation>columna(s) con nombre repetido: {columns}</translation>
    </message>
    <message>
        <source>missing column(s): {columns}</source>
        <translation>columna(s) que faltan: {columns}</translation>
    </message>
    <message>
        <source>nothing was imported: {count} problem: {problems}</source>
        <translation>no se importó nada: {count} problema: {problems}</translation>
    </message>
    <message>
        <source>nothing was imported: {count} problems: {problems}</source>
        <translation>no se importó nada: {count} problemas: {problems}</translation>
    </message>
    <message>
        <source>{problems}; and {more} more</source>
        <translation>{problems}; y {more} más</translation>
    </message>
    <message>
        <source>{value} is not one of surplus, korea, article3; a legal hold is a suspension: import the lot as surplus, then suspend it</source>
        <translation>{value} no es uno de surplus, korea, article3; un bloqueo legal es una suspensión: importe el lote como excedente y luego suspéndalo</translation>
    </message>
    <message>
        <source>{value} is not one of surplus, korea, article3</source>
        <translation>{value} no es uno de surplus, korea, article3</translation>
    </message>
    <message>
        <source>Article 3 retention names the authorised institution</source>
        <translation>la retención del artículo 3 nombra la institución autorizada</translation>
    </message>
    <message>
        <source>{value} is not a condition code</source>
        <translation>{value} no es un código de estado</translation>
    </message>
    <message>
        <source>{manufactured_on} is after the opening balance date {on}</source>
        <translation>{manufactured_on} es posterior a la fecha del saldo inicial {on}</translation>
    </message>
    <message>
        <source>{manufactured_on} is after the receipt date {on}</source>
        <translation>{manufactured_on} es posterior a la fecha de recepción {on}</translation>
    </message>
    <message>
        <source>is empty, and {number} is too long to stand for it</source>
        <translation>está vacío, y {number} es demasiado largo para sustituirlo</translation>
    </message>
    <message>
        <source>is empty, and the row differs from {other} (same type and site) in {columns}: give the rows lot numbers</source>
        <translation>está vacío, y la fila difiere de {other} (mismo tipo y sitio) en {columns}: dé números de lote a las filas</translation>
    </message>
    <message>
        <source>the rows without a lot number for {type} at {site} add up to {total}, more than the {most} a lot can hold</source>
        <translation>las filas sin número de lote para {type} en {site} suman {total}, más que los {most} que un lote puede contener</translation>
    </message>
    <message>
        <source>looks like existing {what} {held}</source>
        <translation>se parece a {what} existente {held}</translation>
    </message>
    <message>
        <source>looks like {what} {earlier} on {other}</source>
        <translation>se parece a {what} {earlier} de {other}</translation>
    </message>
    <message>
        <source>lot {number} of type {type} is also on {other}</source>
        <translation>el lote {number} del tipo {type} figura también en {other}</translation>
    </message>
    <message>
        <source>lot {number} of type {type} already exists</source>
        <translation>el lote {number} del tipo {type} ya existe</translation>
    </message>
    <message>
        <source>lot {number} of type {type} already exists as {held}</source>
        <translation>el lote {number} del tipo {type} ya existe como {held}</translation>
    </message>
    <message>
        <source>lot {number} of type {type} {refusal}</source>
        <translation>lote {number} del tipo {type}: {refusal}</translation>
    </message>
    <message>
        <source>a new type {type} needs its category (AP or AV)</source>
        <translation>un tipo nuevo {type} necesita su categoría (AP o AV)</translation>
    </message>
    <message>
        <source>new type {type} has {column} {first} on {other}, here {here}; the rows of one new type must agree</source>
        <translation>el tipo nuevo {type} tiene {column} {first} en {other}, aquí {here}; las filas de un mismo tipo nuevo deben coincidir</translation>
    </message>
    <message>
        <source>{value} is not a destruction method</source>
        <translation>{value} no es un método de destrucción</translation>
    </message>
    <message>
        <source>the witness cannot be the officer in charge ({rule})</source>
        <translation>el testigo no puede ser el responsable ({rule})</translation>
    </message>
    <message>
        <source>certificate {certificate} {refusal}</source>
        <translation>certificado {certificate}: {refusal}</translation>
    </message>
    <message>
        <source>certificate {certificate} has {column} {first} on {other}, here {here}; the rows of one certificate are one destruction event and must agree</source>
        <translation>el certificado {certificate} tiene {column} {first} en {other}, aquí {here}; las filas de un mismo certificado son una sola destrucción y deben coincidir</translation>
    </message>
    <message>
        <source>is a zipped file but not an Excel workbook that can be read (.xlsx); save it from the spreadsheet as an Excel workbook (.xlsx) or CSV UTF-8</source>
        <translation>es un archivo comprimido pero no un libro de Excel legible (.xlsx); guárdelo desde la hoja de cálculo como libro de Excel (.xlsx) o CSV UTF-8</translation>
    </message>
    <message>
        <source>{sheet} has more than {most} rows, empty ones counted, the most one import reads; delete the empty rows below the last lot or split the sheet</source>
        <translation>{sheet} tiene más de {most} filas, contadas las vacías, lo máximo que lee una importación; borre las filas vacías bajo el último lote o divida la hoja</translation>
    </message>
    <message>
        <source>the workbook opens on sheet {opened}, not on its first sheet {first}: name the sheet to read (the command line&apos;s --sheet, the window&apos;s Sheet box); its sheets are {sheets}</source>
        <translation>el libro se abre en la hoja {opened}, no en su primera hoja {first}: indique la hoja que leer (--sheet en la línea de comandos, la lista Hoja en la ventana); sus hojas son {sheets}</translation>
    </message>
    <message>
        <source>is hidden: show it or delete it</source>
        <translation>está oculta: muéstrela o elimínela</translation>
    </message>
    <message>
        <source>is in a hidden column: show it or delete it</source>
        <translation>está en una columna oculta: muéstrela o elimínela</translation>
    </message>
    <message>
        <source>does not show its value ({value}, format {format}): whoever checks the workbook cannot see what would be imported; format the cell as General, Number or Text</source>
        <translation>no muestra su valor ({value}, formato {format}): quien revise el libro no puede ver lo que se importaría; dé a la celda el formato General, Número o Texto</translation>
    </message>
    <message>
        <source>is a time or duration cell ({value}, format {format}) where a date or a number is expected; type the date or the number itself</source>
        <translation>es una celda de hora o de duración ({value}, formato {format}) donde se espera una fecha o un número; escriba la fecha o el número mismo</translation>
    </message>
    <message>
        <source>holds more than {most} characters, the most a spreadsheet cell holds; shorten it</source>
        <translation>contiene más de {most} caracteres, lo máximo que admite una celda de hoja de cálculo; acórtela</translation>
    </message>
    <message>
        <source>unpacks to more than {most} MB, the most one import reads; split it into smaller files</source>
        <translation>se descomprime en más de {most} MB, lo máximo que lee una importación; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>holds more than {most} MB of text, the most one import reads; split it into smaller files</source>
        <translation>contiene más de {most} MB de texto, lo máximo que lee una importación; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>{sheet} is empty; the workbook&apos;s sheets are {sheets}</source>
        <translation>{sheet} está vacía; las hojas del libro son {sheets}</translation>
    </message>
    <message>
        <source>has no sheet of rows</source>
        <translation>no tiene ninguna hoja con filas</translation>
    </message>
    <message>
        <source>{sheet} is not a sheet of this workbook; its sheets are {sheets}</source>
        <translation>{sheet} no es una hoja de este libro; sus hojas son {sheets}</translation>
    </message>
    <message>
        <source>holds a result of the array formula in {anchor} ({formula}), not a value typed; enter the value itself</source>
        <translation>contiene un resultado de la fórmula matricial de {anchor} ({formula}), no un valor escrito; escriba el valor mismo</translation>
    </message>
</context>
<context>
    <name>KoreaRequirementDialog</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Requirement (mines)</source>
        <translation>Necesidad (minas)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde el</translation>
    </message>
    <message>
        <source>Korea requirements in force</source>
        <translation>Necesidades para Corea vigentes</translation>
    </message>
    <message>
        <source>Korea requirement</source>
        <translation>Necesidad para Corea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Declarar</translation>
    </message>
    <message>
        <source>Under {profile}, mines of a type reserved for the defence of the Republic of Korea beyond its requirement are surplus to destroy. The requirement counts mines, not items: items reserved x the mines of one item the profile governs. A new requirement replaces the one in force from the day it is valid.</source>
        <translation>Según el perfil «{profile}», las minas de un tipo reservadas para la defensa de la República de Corea por encima de su necesidad son excedente que debe destruirse. La necesidad se cuenta en minas, no en unidades: unidades reservadas x minas de una unidad que rige el perfil. Una necesidad nueva sustituye a la vigente desde el día en que es válida.</translation>
    </message>
    <message>
        <source>State keeps it at once, even if the Policy profile is then cancelled.</source>
        <translation>Declarar la guarda de inmediato, aunque después se cancele el Perfil normativo.</translation>
    </message>
    <message>
        <source>Mine type</source>
        <translation>Tipo de mina</translation>
    </message>
    <message>
        <source>Authority reference</source>
        <translation>Referencia de la autorización</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Every printed page and every exported table carries the organisation&apos;s name at its top and the protective marking at its top and bottom. They are kept in the record, the same for everyone who prints from it; a change is audited.</source>
        <translation>Cada página impresa y cada tabla exportada llevan el nombre de la organización en la parte superior y el marcado de protección arriba y abajo. Se guardan en el registro, los mismos para quien imprima a partir de él; todo cambio queda auditado.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marcado de protección</translation>
    </message>
    <message>
        <source>none (e.g. OFFICIAL)</source>
        <translation>ninguno (p. ej., DIFUSIÓN LIMITADA)</translation>
    </message>
    <message>
        <source>Letterhead saved: {organisation}, marked {marking}</source>
        <translation>Membrete guardado: {organisation}, marcado {marking}</translation>
    </message>
    <message>
        <source>Letterhead saved: {organisation}, no marking</source>
        <translation>Membrete guardado: {organisation}, sin marcado</translation>
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
        <source>Not covered</source>
        <translation>No cubiertas</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Cubiertas</translation>
    </message>
    <message>
        <source>Mines destroyed that the active profile covers, not items</source>
        <translation>Minas destruidas que cubre el perfil activo, no unidades</translation>
    </message>
    <message>
        <source>Mines destroyed that the active profile does not cover</source>
        <translation>Minas destruidas que el perfil activo no cubre</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Items, as the ledger counts them: mines, projectiles, dispensers</source>
        <translation>Unidades, tal como las cuenta el registro: minas, proyectiles, dispensadores</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
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
        <source>covered: {covered} mines destroyed; not covered: {not_covered}</source>
        <translation>cubiertas: {covered} minas destruidas; no cubiertas: {not_covered}</translation>
    </message>
    <message>
        <source>covered: {covered} mines destroyed</source>
        <translation>cubiertas: {covered} minas destruidas</translation>
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
        <translation>Cerrada con diferencia</translation>
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
        <translation>No justificadas</translation>
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
    <name>LotDialogs</name>
    <message>
        <source>surplus (not retained)</source>
        <translation>excedente (no retenido)</translation>
    </message>
    <message>
        <source>Receive a lot</source>
        <translation>Recibir un lote</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Quantity (items)</source>
        <translation>Cantidad (unidades)</translation>
    </message>
    <message>
        <source>items, as the ledger counts them: a mine, or a projectile or dispenser holding several (the type&apos;s contents)</source>
        <translation>unidades, tal como las cuenta el registro: una mina, o un proyectil o dispensador que contiene varias (el contenido del tipo)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <source>Document ref.</source>
        <translation>Ref. del documento</translation>
    </message>
    <message>
        <source>known</source>
        <translation>conocida</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <source>Manufactured on</source>
        <translation>Fabricado el</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Descubrimiento</translation>
    </message>
    <message>
        <source>found, not received (previously unknown)</source>
        <translation>hallado, no recibido (desconocido hasta ahora)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Change retention - lot {lot}</source>
        <translation>Cambiar la retención - lote {lot}</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>Lot {lot} ({type}) at {site}, in {unit}: {on_hand} on hand, {retained} retained ({kept_for}), {scheduled} scheduled for destruction.</source>
        <translation>Lote {lot} ({type}) en {site}, en {unit}: {on_hand} en depósito, {retained} retenidas ({kept_for}), {scheduled} programadas para destrucción.</translation>
    </message>
    <message>
        <source>Retain ({unit})</source>
        <translation>Retener ({unit})</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Institution (Art. 3)</source>
        <translation>Institución (art. 3)</translation>
    </message>
    <message>
        <source>Authority ref.</source>
        <translation>Ref. de la autorización</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde el</translation>
    </message>
    <message>
        <source>Split lot {lot}</source>
        <translation>Dividir el lote {lot}</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>Move part of lot {lot} into a new lot, in {unit}: {retained} retained ({kept_for}), {unscheduled} unscheduled surplus.</source>
        <translation>Trasladar parte del lote {lot} a un lote nuevo, en {unit}: {retained} retenidas ({kept_for}), {unscheduled} de excedente no programado.</translation>
    </message>
    <message>
        <source>New lot number</source>
        <translation>Número del lote nuevo</translation>
    </message>
    <message>
        <source>Quantity ({unit})</source>
        <translation>Cantidad ({unit})</translation>
    </message>
    <message>
        <source>New lot kept for</source>
        <translation>Destino del lote nuevo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Stock check - lot {lot}</source>
        <translation>Control de existencias - lote {lot}</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Registrar el recuento</translation>
    </message>
    <message>
        <source>Lot {lot} ({type}), held at {sites}. Choose the site counted and type the number counted there, from the count sheet; the ledger&apos;s figure is not shown, so the count is blind. A difference from the ledger there on that date is recorded as a gain or loss and needs a reason.</source>
        <translation>Lote {lot} ({type}), mantenido en {sites}. Elija el emplazamiento contado y escriba el número contado allí, según la hoja de recuento; la cifra del registro no se muestra, de modo que el recuento es a ciegas. Una diferencia con el registro en ese emplazamiento y esa fecha se registra como ganancia o pérdida y requiere un motivo.</translation>
    </message>
    <message>
        <source>At site</source>
        <translation>En el emplazamiento</translation>
    </message>
    <message>
        <source>Counted ({unit})</source>
        <translation>Contado ({unit})</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>Contado el</translation>
    </message>
    <message>
        <source>Move mines - lot {lot}</source>
        <translation>Trasladar minas - lote {lot}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <source>Lot {lot} ({type}), in {unit}, at home at {home}: held at {held}. Of those at {home}, {leaving} are unscheduled surplus and may leave; retained, suspended and scheduled mines stay there.</source>
        <translation>Lote {lot} ({type}), en {unit}, con sede en {home}: mantenido en {held}. De las que están en {home}, {leaving} son excedente no programado y pueden salir; las minas retenidas, suspendidas y programadas permanecen allí.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Trasladado el</translation>
    </message>
    <message>
        <source>Reverse an entry - lot {lot}</source>
        <translation>Revertir un asiento - lote {lot}</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>Revertir el asiento</translation>
    </message>
    <message>
        <source>Entry {entry}: {date} {kind} {quantity} (ref. {reference}, by {recorder}). The entry stays in the ledger; an opposite entry corrects it.</source>
        <translation>Asiento {entry}: {date} {kind} {quantity} (ref. {reference}, por {recorder}). El asiento permanece en el registro; un asiento de signo contrario lo corrige.</translation>
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
        <translation>AD/ADA</translation>
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
        <translation>Destino</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En depósito</translation>
    </message>
    <message>
        <source>items, as the ledger counts them</source>
        <translation>unidades, tal como las cuenta el libro registro</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Minas</translation>
    </message>
    <message>
        <source>mines on hand: items x mines per item</source>
        <translation>minas en depósito: unidades x minas por unidad</translation>
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
        <translation>un asiento de la pestaña Libro registro de un lote de Existencias</translation>
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
        <source>print its lot history</source>
        <translation>imprimir su historial</translation>
    </message>
    <message>
        <source>print its destruction certificate</source>
        <translation>imprimir su certificado de destrucción</translation>
    </message>
    <message>
        <source>print its destruction progress</source>
        <translation>imprimir el avance de su destrucción</translation>
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
        <source>&amp;Letterhead...</source>
        <translation>Membrete de &amp;los informes...</translation>
    </message>
    <message>
        <source>The organisation and the protective marking every printed page of this record carries</source>
        <translation>La organización y el marcado de protección que lleva cada página impresa de este registro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar los filtros</translation>
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
        <translation>Inmovilizar parte del lote seleccionado: bloqueo judicial, investigación o seguridad; sigue siendo excedente</translation>
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
        <translation>Registrar una devo&amp;lución...</translation>
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
        <translation>A&amp;brir recientes</translation>
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
    <message>
        <source>Stockpile &amp;status...</source>
        <translation>&amp;Estado de las existencias...</translation>
    </message>
    <message>
        <source>Destruction &amp;progress</source>
        <translation>A&amp;vance de la destrucción</translation>
    </message>
    <message>
        <source>&amp;Article 7 forms...</source>
        <translation>&amp;Formularios del artículo 7...</translation>
    </message>
    <message>
        <source>&amp;Lot history</source>
        <translation>&amp;Historial del lote</translation>
    </message>
    <message>
        <source>Destruction &amp;certificate</source>
        <translation>&amp;Certificado de destrucción</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Emplazamientos</translation>
    </message>
</context>
<context>
    <name>MainWindowMessages</name>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Archivos CSV y libros de Excel (*.csv *.xlsx);;Archivos CSV (*.csv);;Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>DEMO - {database} - Stockpile Tracker</source>
        <translation>DEMOSTRACIÓN - {database} - Stockpile Tracker</translation>
    </message>
    <message>
        <source>{database} - Stockpile Tracker</source>
        <translation>{database} - Stockpile Tracker</translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation>Registro de auditoría alterado</translation>
    </message>
    <message>
        <source>The audit log of {database} was changed outside Stockpile Tracker: {problem}. Run &apos;stockpile-tracker db check&apos; for the full list, and restore a backup copy if the change was not authorised.</source>
        <translation>El registro de auditoría de {database} se modificó fuera de Stockpile Tracker: {problem}. Ejecute «stockpile-tracker db check» para obtener la lista completa y restaure una copia de seguridad si el cambio no estaba autorizado.</translation>
    </message>
    <message>
        <source>The audit log could not be verified: {reason}</source>
        <translation>No se pudo verificar el registro de auditoría: {reason}</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Base de datos vacía</translation>
    </message>
    <message>
        <source>This database holds no stockpile yet. Open the demo stockpile to explore the program (it is kept in a file of its own, so this database stays empty), or start empty and add your own catalogue and lots.</source>
        <translation>Esta base de datos aún no contiene existencias. Abra las existencias de demostración para conocer el programa (se conservan en un archivo propio, de modo que esta base de datos sigue vacía), o empiece vacío y añada su propio catálogo y sus lotes.</translation>
    </message>
    <message>
        <source>Open the demo stockpile</source>
        <translation>Abrir las existencias de demostración</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <source>Creating the demo stockpile...</source>
        <translation>Creación de las existencias de demostración...</translation>
    </message>
    <message>
        <source>Demo stockpile created: {lots} lots, {tasks} tasks, {events} destruction events</source>
        <translation>Existencias de demostración creadas: {lots} lotes, {tasks} tareas, {events} operaciones de destrucción</translation>
    </message>
    <message>
        <source>Demo stockpile</source>
        <translation>Existencias de demostración</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Stockpile databases (*.db);;All files (*)</source>
        <translation>Bases de datos de existencias (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back up cancelled: no copy was written to {path}</source>
        <translation>Copia de seguridad cancelada: no se escribió ninguna copia en {path}</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>No se puede hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up {database} to {path}</source>
        <translation>Copia de seguridad de {database} hecha en {path}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Replace the record {record} with the backup copy {path}?

The record as it is now is kept in {folder} as {record}.before-restore-&lt;date and time&gt;. Everyone else must close the record first.</source>
        <translation>¿Sustituir el registro {record} por la copia de seguridad {path}?

El registro en su estado actual se conserva en {folder} con el nombre {record}.before-restore-&lt;fecha y hora&gt;. Todas las demás personas deben cerrar antes el registro.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore cancelled: {record} was left as it was</source>
        <translation>Restauración cancelada: {record} se dejó como estaba</translation>
    </message>
    <message>
        <source>{record} was restored from {source} (db check: ok, 1 lot).</source>
        <translation>{record} se restauró a partir de {source} (db check: ok, 1 lote).</translation>
    </message>
    <message>
        <source>{record} was restored from {source} (db check: ok, {lots} lots).</source>
        <translation>{record} se restauró a partir de {source} (db check: ok, {lots} lotes).</translation>
    </message>
    <message>
        <source>The record it replaced is kept as {path}.</source>
        <translation>El registro sustituido se conserva como {path}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Cannot change operator</source>
        <translation>No se puede cambiar de operador</translation>
    </message>
    <message>
        <source>The selected lot no longer exists: another user removed it.</source>
        <translation>El lote seleccionado ya no existe: otro usuario lo ha eliminado.</translation>
    </message>
    <message>
        <source>That lot no longer exists: another user removed it.</source>
        <translation>Ese lote ya no existe: otro usuario lo ha eliminado.</translation>
    </message>
    <message>
        <source>Received lot {lot}: on hand {on_hand}, retained {retained}</source>
        <translation>Lote {lot} recibido: en depósito {on_hand}, retenidas {retained}</translation>
    </message>
    <message>
        <source>Retention changed for lot {lot}: on hand {on_hand}, retained {retained}</source>
        <translation>Retención cambiada para el lote {lot}: en depósito {on_hand}, retenidas {retained}</translation>
    </message>
    <message>
        <source>Split lot {lot}: new lot {new_lot} holds {on_hand}</source>
        <translation>Lote {lot} dividido: el lote nuevo {new_lot} contiene {on_hand}</translation>
    </message>
    <message>
        <source>Scheduled task {task} for {date} at {site}: planned {mines}, lots {lots}</source>
        <translation>Tarea {task} programada para el {date} en {site}: previstas {mines}, lotes {lots}</translation>
    </message>
    <message>
        <source>{quantity} of lot {lot} (now {on_hand} on hand, {awaiting} at destruction sites)</source>
        <translation>{quantity} del lote {lot} (ahora {on_hand} en depósito, {awaiting} en emplazamientos de destrucción)</translation>
    </message>
    <message>
        <source>{quantity} of lot {lot} (now {on_hand} on hand)</source>
        <translation>{quantity} del lote {lot} (ahora {on_hand} en depósito)</translation>
    </message>
    <message>
        <source>Destroyed {lots} at {site}; certificate {certificate}</source>
        <translation>Destruido: {lots} en {site}; certificado {certificate}</translation>
    </message>
    <message>
        <source>Moved mines of lot {lot}: held at {held}</source>
        <translation>Minas del lote {lot} trasladadas: mantenidas en {held}</translation>
    </message>
    <message>
        <source>Stock check recorded for lot {lot}: on hand {on_hand}, retained {retained}</source>
        <translation>Control de existencias registrado para el lote {lot}: en depósito {on_hand}, retenidas {retained}</translation>
    </message>
    <message>
        <source>Reversed entry {entry} of lot {lot}: on hand {on_hand}, retained {retained}</source>
        <translation>Asiento {entry} del lote {lot} revertido: en depósito {on_hand}, retenidas {retained}</translation>
    </message>
    <message>
        <source>Certificate {certificate} corrected: {quantity} destroyed; another person must verify it again</source>
        <translation>Certificado {certificate} corregido: {quantity} destruidas; otra persona debe verificarlo de nuevo</translation>
    </message>
    <message>
        <source>Certificate {certificate} verified by {person}</source>
        <translation>Certificado {certificate} verificado por {person}</translation>
    </message>
    <message>
        <source>{report} cancelled</source>
        <translation>{report}: cancelado</translation>
    </message>
    <message>
        <source>{report} frozen as submitted</source>
        <translation>{report}: congelado como presentado</translation>
    </message>
    <message>
        <source>There is no destruction programme yet.</source>
        <translation>Todavía no hay ningún programa de destrucción.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>Imported {summary}, from {file}</source>
        <translation>Importado: {summary}, desde {file}</translation>
    </message>
    <message>
        <source>Mine type {designation} added ({category}, {kind})</source>
        <translation>Tipo de mina {designation} añadido ({category}, {kind})</translation>
    </message>
    <message>
        <source>Site {code} added ({kind}, {country})</source>
        <translation>Emplazamiento {code} añadido ({kind}, {country})</translation>
    </message>
    <message>
        <source>Mine type {designation} corrected; its lots follow</source>
        <translation>Tipo de mina {designation} corregido; sus lotes lo siguen</translation>
    </message>
    <message>
        <source>Site {code} corrected</source>
        <translation>Emplazamiento {code} corregido</translation>
    </message>
    <message>
        <source>{message} - FLAGGED: {warnings}</source>
        <translation>{message} - SEÑALADO: {warnings}</translation>
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
        <source>Mines the programme&apos;s profile covers, not items</source>
        <translation>Minas que cubre el perfil del programa, no unidades</translation>
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
        <source>Mines the active profile covers, not items</source>
        <translation>Minas que cubre el perfil activo, no unidades</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Items planned</source>
        <translation>Unidades previstas</translation>
    </message>
    <message>
        <source>Items planned, as the ledger counts them: mines, projectiles, dispensers</source>
        <translation>Unidades previstas, tal como las cuenta el registro: minas, proyectiles, dispensadores</translation>
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
        <translation>Pérdidas no justificadas en investigación (Destrucción, Resolver pérdida no justificada):</translation>
    </message>
</context>
<context>
    <name>PolicyProfileDialog</name>
    <message>
        <source>Policy profile</source>
        <translation>Perfil normativo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The checks and the dashboard apply the active profile, now {profile}.</source>
        <translation>Las comprobaciones y el panel de control aplican el perfil activo, actualmente «{profile}».</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>The checks apply this profile (active)</source>
        <translation>Las comprobaciones aplican este perfil (activo)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigor desde el</translation>
    </message>
    <message>
        <source>Destruction deadline</source>
        <translation>Plazo de destrucción</translation>
    </message>
    <message>
        <source>set per programme</source>
        <translation>fijado por programa</translation>
    </message>
    <message>
        <source> years after entry into force</source>
        <translation> años después de la entrada en vigor</translation>
    </message>
    <message>
        <source>Retention permitted</source>
        <translation>Retención permitida</translation>
    </message>
    <message>
        <source>Governs (categories)</source>
        <translation>Rige (categorías)</translation>
    </message>
    <message>
        <source>Governs (activation)</source>
        <translation>Rige (activación)</translation>
    </message>
    <message>
        <source>Korea reserve must be held in the Republic of Korea</source>
        <translation>La reserva para Corea debe mantenerse en la República de Corea</translation>
    </message>
    <message>
        <source>State a requirement...</source>
        <translation>Declarar una necesidad...</translation>
    </message>
    <message>
        <source>Korea requirement</source>
        <translation>Necesidad para Corea</translation>
    </message>
    <message>
        <source>Acquisition banned</source>
        <translation>Adquisición prohibida</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde el</translation>
    </message>
    <message>
        <source>Transfers out only for destruction</source>
        <translation>Transferencias de salida solo con fines de destrucción</translation>
    </message>
    <message>
        <source>Flag a rise of Article 3 stock between two years</source>
        <translation>Señalar un aumento de las existencias retenidas en virtud del artículo 3 de un año a otro</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>takes effect on</source>
        <translation>surte efecto el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>Motivo de un cambio</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>ninguna declarada</translation>
    </message>
    <message>
        <source>Korea retention not permitted</source>
        <translation>Retención para Corea no permitida</translation>
    </message>
    <message>
        <source>Policy profile {profile} saved; the checks now apply {active}</source>
        <translation>Perfil normativo «{profile}» guardado; las comprobaciones aplican ahora el perfil «{active}»</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>US anti-personnel landmine policy (June 2022)</source>
        <translation>Política estadounidense sobre minas antipersonal (junio de 2022)</translation>
    </message>
    <message>
        <source>Ottawa Convention (Mine Ban Treaty, 1997)</source>
        <translation>Convención de Ottawa (Convención sobre la prohibición de minas antipersonal, 1997)</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>none (nothing destroyed lately)</source>
        <translation>ninguna (nada destruido últimamente)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Perfil normativo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Scheduled in tasks (not cancelled)</source>
        <translation>Programadas en tareas (no canceladas)</translation>
    </message>
    <message>
        <source>Destroyed to date</source>
        <translation>Destruidas hasta la fecha</translation>
    </message>
    <message>
        <source>Surplus still held</source>
        <translation>Excedente aún en poder</translation>
    </message>
    <message>
        <source>of which reserved for Korea beyond the requirement (kept until released)</source>
        <translation>de ellas, reservadas para Corea por encima de la necesidad (retenidas hasta su liberación)</translation>
    </message>
    <message>
        <source>Shipped, not yet reported destroyed</source>
        <translation>Enviadas, destrucción aún no notificada</translation>
    </message>
    <message>
        <source>Unaccounted for (tasks closed short, under investigation)</source>
        <translation>No justificadas (tareas cerradas con diferencia, en investigación)</translation>
    </message>
    <message>
        <source>Rate, last six full months</source>
        <translation>Ritmo, últimos seis meses completos</translation>
    </message>
    <message>
        <source>{rate} a month</source>
        <translation>{rate} al mes</translation>
    </message>
    <message>
        <source>Forecast completion</source>
        <translation>Finalización prevista</translation>
    </message>
    <message>
        <source>On track for the deadline</source>
        <translation>Dentro del plazo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Destroyed per month against plan</source>
        <translation>Destruidas por mes frente al plan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
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
        <source>Cumulative planned</source>
        <translation>Previstas, acumulado</translation>
    </message>
    <message>
        <source>Cumulative destroyed</source>
        <translation>Destruidas, acumulado</translation>
    </message>
    <message>
        <source>Destruction progress - {programme}</source>
        <translation>Avance de la destrucción - {programme}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>al {date}</translation>
    </message>
    <message>
        <source>The forecast divides what must still be destroyed (the surplus held, the mines shipped but not yet reported destroyed and those unaccounted for) by the average destroyed a month over the last six full months.</source>
        <translation>La previsión divide lo que aún debe destruirse (el excedente en poder, las minas enviadas cuya destrucción aún no se ha notificado y las no justificadas) entre el promedio mensual de destrucciones de los últimos seis meses completos.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previstas</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destruidas</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>previsión</translation>
    </message>
    <message>
        <source>all surplus gone</source>
        <translation>todo el excedente destruido</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retenidas</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>excedente</translation>
    </message>
    <message>
        <source>at destruction sites</source>
        <translation>en los emplazamientos de destrucción</translation>
    </message>
    <message>
        <source>Cumulative destroyed against plan and deadline</source>
        <translation>Destruidas acumuladas frente al plan y al plazo</translation>
    </message>
    <message>
        <source>others ({count})</source>
        <translation>otros ({count})</translation>
    </message>
    <message>
        <source>Stock by type, in mines</source>
        <translation>Existencias por tipo, en minas</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>El archivo %1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Archivo no encontrado.
Verifique que el nombre del archivo es correcto.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Nombre de archivo no válido</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Orden de páginas:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Páginas por &amp;hoja:</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 es una carpeta.
Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>No se puede escribir en el archivo %1.
Elija otro nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Con&amp;junto de páginas:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Impresión a doble cara</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Encuadernación por el lado largo</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Encuadernación por el lado corto</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Indique páginas o intervalos separados por comas. Un intervalo son dos números separados por un guion. Por ejemplo: 3,5-7,9 imprime las páginas 3, 5, 6, 7 y 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Archivo de salida:</translation>
    </message>
</context>
<context>
    <name>QSidebar</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
    <name>RecordsReport</name>
    <message>
        <source>serviceable (issue without qualification)</source>
        <translation>en servicio (entregable sin reservas)</translation>
    </message>
    <message>
        <source>serviceable (with qualification)</source>
        <translation>en servicio (con reservas)</translation>
    </message>
    <message>
        <source>serviceable (priority issue)</source>
        <translation>en servicio (entrega prioritaria)</translation>
    </message>
    <message>
        <source>serviceable (test/modification)</source>
        <translation>en servicio (prueba/modificación)</translation>
    </message>
    <message>
        <source>unserviceable (limited restoration)</source>
        <translation>fuera de servicio (restauración limitada)</translation>
    </message>
    <message>
        <source>unserviceable (reparable)</source>
        <translation>fuera de servicio (reparable)</translation>
    </message>
    <message>
        <source>unserviceable (incomplete)</source>
        <translation>fuera de servicio (incompleto)</translation>
    </message>
    <message>
        <source>unserviceable (condemned)</source>
        <translation>fuera de servicio (desechado)</translation>
    </message>
    <message>
        <source>suspended (in stock)</source>
        <translation>suspendido (en depósito)</translation>
    </message>
    <message>
        <source>suspended (returns)</source>
        <translation>suspendido (devoluciones)</translation>
    </message>
    <message>
        <source>suspended (litigation)</source>
        <translation>suspendido (litigio)</translation>
    </message>
    <message>
        <source>suspended (in work)</source>
        <translation>suspendido (en trabajos)</translation>
    </message>
    <message>
        <source>suspended (emergency combat use only)</source>
        <translation>suspendido (solo uso en combate de emergencia)</translation>
    </message>
    <message>
        <source>unserviceable (reclamation)</source>
        <translation>fuera de servicio (recuperación)</translation>
    </message>
    <message>
        <source>suspended (quality deficiency)</source>
        <translation>suspendido (deficiencia de calidad)</translation>
    </message>
    <message>
        <source>suspended (awaiting condition determination)</source>
        <translation>suspendido (en espera de determinación del estado)</translation>
    </message>
    <message>
        <source>unserviceable (scrap)</source>
        <translation>fuera de servicio (chatarra)</translation>
    </message>
    <message>
        <source>unserviceable (waste military munitions)</source>
        <translation>fuera de servicio (residuos de municiones militares)</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verificador</translation>
    </message>
    <message>
        <source>{items} items, {mines} mines</source>
        <translation>{items} unidades, {mines} minas</translation>
    </message>
    <message>
        <source>none held</source>
        <translation>ninguna en poder</translation>
    </message>
    <message>
        <source>surplus, at destruction sites</source>
        <translation>excedente, en los emplazamientos de destrucción</translation>
    </message>
    <message>
        <source>not covered, at destruction sites</source>
        <translation>no cubiertas, en los emplazamientos de destrucción</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>excedente</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>no cubiertas</translation>
    </message>
    <message>
        <source>{retention} + surplus</source>
        <translation>{retention} + excedente</translation>
    </message>
    <message>
        <source>{retention} + not covered</source>
        <translation>{retention} + no cubiertas</translation>
    </message>
    <message>
        <source>at destruction sites {sites}</source>
        <translation>en los emplazamientos de destrucción {sites}</translation>
    </message>
    <message>
        <source>{places} (items)</source>
        <translation>{places} (unidades)</translation>
    </message>
    <message>
        <source>{places} (items of {contents} each)</source>
        <translation>{places} (unidades de {contents} cada una)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>{type} ({category}, {self_destruction})</source>
        <translation>{type} ({category}, {self_destruction})</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>{site} ({country}), its home</source>
        <translation>{site} ({country}), su sede</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>En poder en</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{code} - {condition}</source>
        <translation>{code} - {condition}</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito de aplicación</translation>
    </message>
    <message>
        <source>covered by {profile}</source>
        <translation>cubierto por el perfil «{profile}»</translation>
    </message>
    <message>
        <source>not covered by {profile}</source>
        <translation>no cubierto por el perfil «{profile}»</translation>
    </message>
    <message>
        <source>Mines per item</source>
        <translation>Minas por unidad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>En poder</translation>
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
        <source>Suspended</source>
        <translation>Suspendidas</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>At destruction sites</source>
        <translation>En los emplazamientos de destrucción</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruidas</translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation>No justificadas</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro registro</translation>
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
        <translation>Clase</translation>
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
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>The total of the quantities is what the lot holds: on hand and at destruction sites.</source>
        <translation>El total de las cantidades es lo que el lote tiene en poder: en depósito y en los emplazamientos de destrucción.</translation>
    </message>
    <message>
        <source>Retention decisions</source>
        <translation>Decisiones de retención</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>released</source>
        <translation>liberadas</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensiones</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation>Levantada el</translation>
    </message>
    <message>
        <source>Lifted by</source>
        <translation>Levantada por</translation>
    </message>
    <message>
        <source>Why lifted</source>
        <translation>Motivo del levantamiento</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>Suspended mines are to be destroyed once the suspension is lifted: surplus at the lot&apos;s home, or mines shipped for destruction where the Where column says so (held there, not destroyed, sent back or lost meanwhile).</source>
        <translation>Las minas suspendidas deben destruirse una vez levantada la suspensión: excedente en la sede del lote, o minas enviadas para su destrucción cuando la columna Lugar lo indica (en poder allí, ni destruidas, ni devueltas, ni perdidas entretanto).</translation>
    </message>
    <message>
        <source>Unaccounted losses</source>
        <translation>Pérdidas no justificadas</translation>
    </message>
    <message>
        <source>Lot history - {lot}</source>
        <translation>Historial del lote - {lot}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>al {date}</translation>
    </message>
    <message>
        <source>{verifier}, {date}</source>
        <translation>{verifier}, el {date}</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NO VERIFICADO</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Destrucción</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Número del certificado</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Items destroyed</source>
        <translation>Unidades destruidas</translation>
    </message>
    <message>
        <source>Items certified</source>
        <translation>Unidades certificadas</translation>
    </message>
    <message>
        <source>AP mines in them</source>
        <translation>Minas AP que contenían</translation>
    </message>
    <message>
        <source>AV mines in them</source>
        <translation>Minas AV que contenían</translation>
    </message>
    <message>
        <source>Destruction certificate {number}</source>
        <translation>Certificado de destrucción {number}</translation>
    </message>
    <message>
        <source>destroyed {date}</source>
        <translation>destruidas el {date}</translation>
    </message>
    <message>
        <source>Recorded and verified under one operating-system login ({login}): where the names typed are the identity (a SQLite file), nothing else tells the two people apart.</source>
        <translation>Registrado y verificado con un mismo usuario del sistema operativo ({login}): cuando los nombres escritos son la identidad (un archivo SQLite), nada más distingue a las dos personas.</translation>
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
        <source>None.</source>
        <translation>Nada que declarar.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
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
        <translation>detonadas por mando</translation>
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
    <name>ReportDialog</name>
    <message>
        <source>Freeze as submitted</source>
        <translation>Congelar como presentado</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Congelar</translation>
    </message>
    <message>
        <source>Freeze this report as submitted ({report})? It will print the same forever, with the submission on its cover; later corrections go into the next year.</source>
        <translation>¿Congelar este informe como presentado ({report})? Se imprimirá siempre igual, con la presentación en su portada; las correcciones posteriores irán al año siguiente.</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <translation>Referencia (opcional)</translation>
    </message>
    <message>
        <source>type the day the report was submitted (YYYY-MM-DD)</source>
        <translation>escriba la fecha en que se presentó el informe (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{typed} is not a date (YYYY-MM-DD)</source>
        <translation>{typed} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Año civil</translation>
    </message>
    <message>
        <source>{report}: reading the record</source>
        <translation>{report}: lectura del registro</translation>
    </message>
    <message>
        <source>{report}: laying it out</source>
        <translation>{report}: compaginación</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Pages of the report</source>
        <translation>Páginas del informe</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Guardar como PDF...</translation>
    </message>
    <message>
        <source>Save tables as CSV...</source>
        <translation>Guardar las tablas como CSV...</translation>
    </message>
    <message>
        <source>Save as DOCX...</source>
        <translation>Guardar como DOCX...</translation>
    </message>
    <message>
        <source>Save as Excel...</source>
        <translation>Guardar como Excel...</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Freeze as submitted...</source>
        <translation>Congelar como presentado...</translation>
    </message>
    <message>
        <source>Cannot freeze yet: {reason}</source>
        <translation>Todavía no se puede congelar: {reason}</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Archivos PDF</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Documentos de Word</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Libros de Excel</translation>
    </message>
    <message>
        <source>Save {report}</source>
        <translation>Guardar: {report}</translation>
    </message>
    <message>
        <source>Saving cancelled: {path} was not written</source>
        <translation>Guardado cancelado: no se escribió {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ResolveLossDialog</name>
    <message>
        <source>task {task}, lot {lot} ({type}): {unaccounted} unaccounted for: {when}</source>
        <translation>tarea {task}, lote {lot} ({type}): {unaccounted} no justificadas: {when}</translation>
    </message>
    <message>
        <source>task closed short {closed}</source>
        <translation>tarea cerrada con diferencia el {closed}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>shipped {shipped}, task closed short {closed}</source>
        <translation>enviadas {shipped}, tarea cerrada con diferencia el {closed}</translation>
    </message>
    <message>
        <source>Resolve unaccounted loss</source>
        <translation>Resolver pérdida no justificada</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
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
        <source>Officer in charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No unaccounted loss is open: every task closed short has been resolved.</source>
        <translation>No hay ninguna pérdida no justificada abierta: todas las tareas cerradas con diferencia se han resuelto.</translation>
    </message>
    <message>
        <source>the return document, e.g. the manifest</source>
        <translation>el documento de devolución, p. ej. el manifiesto</translation>
    </message>
    <message>
        <source>the certificate number</source>
        <translation>el número del certificado</translation>
    </message>
    <message>
        <source>the authority&apos;s reference</source>
        <translation>la referencia de la autoridad</translation>
    </message>
    <message>
        <source>Loss of task {task}, lot {lot}: {unaccounted} still unaccounted for</source>
        <translation>Pérdida de la tarea {task}, lote {lot}: {unaccounted} aún no justificadas</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>conservation: every mine is accounted for and stock never goes below zero</source>
        <translation>conservación: cada mina está contabilizada y las existencias nunca bajan de cero</translation>
    </message>
    <message>
        <source>append-only ledger: entries are never changed; a mistake is corrected by a reversal</source>
        <translation>registro de solo adición: los asientos nunca se modifican; un error se corrige con una anulación</translation>
    </message>
    <message>
        <source>retention lock: retained mines cannot be scheduled, moved or destroyed</source>
        <translation>bloqueo de retención: las minas retenidas no se pueden programar, trasladar ni destruir</translation>
    </message>
    <message>
        <source>allocation: what is scheduled for destruction cannot exceed the surplus</source>
        <translation>asignación: lo programado para destrucción no puede superar el excedente</translation>
    </message>
    <message>
        <source>suspension: suspended mines are surplus, but cannot be scheduled, moved or destroyed</source>
        <translation>suspensión: las minas suspendidas son excedentes, pero no se pueden programar, trasladar ni destruir</translation>
    </message>
    <message>
        <source>surplus to schedule: all surplus is scheduled for destruction</source>
        <translation>excedente por programar: todo el excedente se programa para destrucción</translation>
    </message>
    <message>
        <source>policy: only the retention the policy permits</source>
        <translation>política: solo la retención que la política permite</translation>
    </message>
    <message>
        <source>scope: what the profile governs; other stock is shown apart</source>
        <translation>alcance: lo que rige el perfil; las demás existencias se muestran aparte</translation>
    </message>
    <message>
        <source>persistent mines: kept only for training</source>
        <translation>minas persistentes: retenidas solo para adiestramiento</translation>
    </message>
    <message>
        <source>Korea reserve: for the defence of the Republic of Korea, no more than required</source>
        <translation>reserva de Corea: para la defensa de la República de Corea, no más de lo necesario</translation>
    </message>
    <message>
        <source>acquisition ban: no mines acquired after the ban</source>
        <translation>prohibición de adquisición: ninguna mina adquirida después de la prohibición</translation>
    </message>
    <message>
        <source>transfers: only for destruction</source>
        <translation>transferencias: solo para destrucción</translation>
    </message>
    <message>
        <source>Article 3: only the minimum number absolutely necessary</source>
        <translation>artículo 3: solo la cantidad mínima absolutamente necesaria</translation>
    </message>
    <message>
        <source>deadlines: all surplus destroyed by the deadline</source>
        <translation>plazos: todo el excedente destruido dentro del plazo</translation>
    </message>
    <message>
        <source>Article 7 reports: the initial one within 180 days, then one by each 30 April</source>
        <translation>informes del artículo 7: el inicial dentro de 180 días, luego uno antes de cada 30 de abril</translation>
    </message>
    <message>
        <source>reconciliation: shipped, destroyed and certified agree</source>
        <translation>conciliación: lo enviado, lo destruido y lo certificado coinciden</translation>
    </message>
    <message>
        <source>four eyes: a second person verifies</source>
        <translation>cuatro ojos: una segunda persona verifica</translation>
    </message>
    <message>
        <source>terminal states: what is final takes no further change</source>
        <translation>estados finales: lo que es final no admite más cambios</translation>
    </message>
    <message>
        <source>dates: none in the future or before the lot existed</source>
        <translation>fechas: ninguna en el futuro ni anterior a la existencia del lote</translation>
    </message>
    <message>
        <source>the database&apos;s own checks</source>
        <translation>los controles propios de la base de datos</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>not covered by {profile}</source>
        <translation>no cubiertas por el perfil «{profile}»</translation>
    </message>
    <message>
        <source>covered by {profile}</source>
        <translation>cubiertas por el perfil «{profile}»</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>there is no database at {file}: check the path</source>
        <translation>no hay ninguna base de datos en {file}: compruebe la ruta</translation>
    </message>
    <message>
        <source>{target} is the database ({name}): choose another file</source>
        <translation>{target} es la base de datos ({name}): elija otro archivo</translation>
    </message>
    <message>
        <source>on this database {login} records under its own login; another person signs in with theirs</source>
        <translation>en esta base de datos, {login} registra con su propio usuario; otra persona inicia sesión con el suyo</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted does not match the digest recorded when it was frozen: changed outside the program</source>
        <translation>el informe {kind} de {period} congelado como presentado no coincide con la huella registrada al congelarlo: modificado fuera del programa</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted has no audit entry of its freeze with its digest: added or changed outside the program</source>
        <translation>el informe {kind} de {period} congelado como presentado no tiene entrada de auditoría de su congelación con su huella: añadido o modificado fuera del programa</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted (row id = {id} of table frozen_report) is not in the audit log: added outside the program</source>
        <translation>el informe {kind} de {period} congelado como presentado (fila id = {id} de la tabla frozen_report) no figura en el registro de auditoría: añadido fuera del programa</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted (row id = {id} of table frozen_report) was changed outside the program since audit entry {entry} recorded it: its title, footer or another part it prints differs</source>
        <translation>el informe {kind} de {period} congelado como presentado (fila id = {id} de la tabla frozen_report) fue modificado fuera del programa desde que la entrada de auditoría {entry} lo registró: su título, su pie de página u otra parte impresa difiere</translation>
    </message>
    <message>
        <source>certificate {number} (row id = {id} of table {table}) is not in the audit log: added outside the program</source>
        <translation>el certificado {number} (fila id = {id} de la tabla {table}) no figura en el registro de auditoría: añadido fuera del programa</translation>
    </message>
    <message>
        <source>certificate {number} (row id = {id} of table {table}) was changed outside the program since audit entry {entry} recorded it: what it certifies differs</source>
        <translation>el certificado {number} (fila id = {id} de la tabla {table}) fue modificado fuera del programa desde que la entrada de auditoría {entry} lo registró: lo que certifica difiere</translation>
    </message>
    <message>
        <source>lot {number} (row id = {id} of table {table}) is not in the audit log: added outside the program</source>
        <translation>el lote {number} (fila id = {id} de la tabla {table}) no figura en el registro de auditoría: añadido fuera del programa</translation>
    </message>
    <message>
        <source>lot {number} (row id = {id} of table {table}) was changed outside the program since audit entry {entry} recorded it: what its history shows differs</source>
        <translation>el lote {number} (fila id = {id} de la tabla {table}) fue modificado fuera del programa desde que la entrada de auditoría {entry} lo registró: lo que muestra su historial difiere</translation>
    </message>
    <message>
        <source>{year} is before {name} took effect ({effective_on}): no report is owed for it</source>
        <translation>{year} es anterior a la entrada en vigor del perfil «{name}» ({effective_on}): no se debe ningún informe para ese año</translation>
    </message>
    <message>
        <source>say when the report was submitted</source>
        <translation>indique cuándo se presentó el informe</translation>
    </message>
    <message>
        <source>say which record it was built from (ArchiveService.record_as_of)</source>
        <translation>indique de qué estado del registro se generó (ArchiveService.record_as_of)</translation>
    </message>
    <message>
        <source>the {title} was frozen on {frozen_at} by {frozen_by}; later corrections go into the next period</source>
        <translation>el {title} fue congelado el {frozen_at} por {frozen_by}; las correcciones posteriores van al período siguiente</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted is no longer in the record: deleted outside the program</source>
        <translation>el informe {kind} de {period} congelado como presentado ya no figura en el registro: eliminado fuera del programa</translation>
    </message>
    <message>
        <source>the {kind} report for {period} kept as submitted changed while it was read</source>
        <translation>el informe {kind} de {period} congelado como presentado cambió mientras se leía</translation>
    </message>
    <message>
        <source>{why}; it is not printed: restore a backup copy and run db check</source>
        <translation>{why}; no se imprime: restaure una copia de seguridad y ejecute db check</translation>
    </message>
    <message>
        <source>{on} is not a date</source>
        <translation>{on} no es una fecha</translation>
    </message>
    <message>
        <source>{on} is before the end of {year}</source>
        <translation>{on} es anterior al final de {year}</translation>
    </message>
    <message>
        <source>{on} is in the future</source>
        <translation>{on} está en el futuro</translation>
    </message>
    <message>
        <source>{year} is not a calendar year from {first_year}</source>
        <translation>{year} no es un año civil a partir de {first_year}</translation>
    </message>
    <message>
        <source>{year} has not begun</source>
        <translation>{year} no ha comenzado</translation>
    </message>
    <message>
        <source>{year} is not over: its report is provisional</source>
        <translation>el año {year} no ha terminado: su informe es provisional</translation>
    </message>
    <message>
        <source>{part} is not a part of the Article 7 report (one of {names})</source>
        <translation>{part} no es una parte del informe del artículo 7 (una de {names})</translation>
    </message>
    <message>
        <source>say what to write</source>
        <translation>indique qué escribir</translation>
    </message>
    <message>
        <source>the Article 7 report for {year} was frozen as submitted on {frozen_at} by {frozen_by}, and nothing was saved: write into {next_year}</source>
        <translation>el informe del artículo 7 de {year} fue congelado como presentado el {frozen_at} por {frozen_by}, y no se guardó nada: escriba en {next_year}</translation>
    </message>
    <message>
        <source>is recorded when the report is frozen as submitted</source>
        <translation>se registra cuando el informe se congela como presentado</translation>
    </message>
    <message>
        <source>{line} is not an e-mail address (name@domain, without spaces)</source>
        <translation>{line} no es una dirección de correo electrónico (nombre@dominio, sin espacios)</translation>
    </message>
    <message>
        <source>the audit log&apos;s head says entry {head} but the log ends at entry {last}: it was changed outside Stockpile Tracker; nothing was written: run &apos;stockpile-tracker db check&apos;</source>
        <translation>la cabecera del registro de auditoría indica la entrada {head} pero el registro termina en la entrada {last}: se modificó fuera de Stockpile Tracker; no se escribió nada: ejecute &apos;stockpile-tracker db check&apos;</translation>
    </message>
    <message>
        <source>the record changed after {what} ({changes}, and more): nothing was done; look at it again</source>
        <translation>el registro cambió después de {what} ({changes}, y más): no se hizo nada; vuelva a consultarlo</translation>
    </message>
    <message>
        <source>the record changed after {what} ({changes}): nothing was done; look at it again</source>
        <translation>el registro cambió después de {what} ({changes}): no se hizo nada; vuelva a consultarlo</translation>
    </message>
    <message>
        <source>{text} is not a seal: it is the entry count, a dash and 16 hex digits</source>
        <translation>{text} no es un sello: es el número de entradas, un guion y 16 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>cannot back up {path}: there is no database there</source>
        <translation>no se puede hacer copia de seguridad de {path}: no hay ninguna base de datos allí</translation>
    </message>
    <message>
        <source>{target} already exists: give another name, or remove it first</source>
        <translation>{target} ya existe: dé otro nombre o elimínelo primero</translation>
    </message>
    <message>
        <source>cannot write the backup copy {target}: {reason}</source>
        <translation>no se puede escribir la copia de seguridad {target}: {reason}</translation>
    </message>
    <message>
        <source>cannot back up {path}: {reason}</source>
        <translation>no se puede hacer copia de seguridad de {path}: {reason}</translation>
    </message>
    <message>
        <source>{source} is the database itself: choose a backup copy</source>
        <translation>{source} es la propia base de datos: elija una copia de seguridad</translation>
    </message>
    <message>
        <source>{source} does not exist or is not a file</source>
        <translation>{source} no existe o no es un archivo</translation>
    </message>
    <message>
        <source>cannot restore {path}: folder {parent} does not exist</source>
        <translation>no se puede restaurar {path}: la carpeta {parent} no existe</translation>
    </message>
    <message>
        <source>{source} has a journal beside it ({name}), which SQLite would read into it: a backup the program made has none; move the journal away, or choose another backup</source>
        <translation>{source} tiene un diario al lado ({name}), que SQLite incorporaría: una copia hecha por el programa no lo tiene; mueva el diario o elija otra copia</translation>
    </message>
    <message>
        <source>{where} was not restored: {reason}</source>
        <translation>{where} no se restauró: {reason}</translation>
    </message>
    <message>
        <source>{where} was not restored: it fails SQLite&apos;s integrity check: {result}</source>
        <translation>{where} no se restauró: no supera la comprobación de integridad de SQLite: {result}</translation>
    </message>
    <message>
        <source>{where} was not restored: it is not a Stockpile Tracker database (its lots, ledger, audit log or schema revision are missing)</source>
        <translation>{where} no se restauró: no es una base de datos de Stockpile Tracker (faltan sus lotes, su libro, su registro de auditoría o su revisión de esquema)</translation>
    </message>
    <message>
        <source>{where} was not restored: its schema revision cannot be read</source>
        <translation>{where} no se restauró: su revisión de esquema no se puede leer</translation>
    </message>
    <message>
        <source>{where} was not restored: it was written by a newer Stockpile Tracker (schema {revision}); this program knows schema {head}: install the newer program to restore it</source>
        <translation>{where} no se restauró: la escribió un Stockpile Tracker más reciente (esquema {revision}); este programa conoce el esquema {head}: instale el programa más reciente para restaurarla</translation>
    </message>
    <message>
        <source>must be from 1 to {max_kept}, not {kept}</source>
        <translation>debe estar entre 1 y {max_kept}, no {kept}</translation>
    </message>
    <message>
        <source>{source} was not restored: db check finds {count} problem(s) in it, the first: {problem}; the database was left as it was</source>
        <translation>{source} no se restauró: db check encuentra {count} problema(s), el primero: {problem}; la base de datos quedó como estaba</translation>
    </message>
    <message>
        <source>{source} was not restored: {reason}; the database was left as it was</source>
        <translation>{source} no se restauró: {reason}; la base de datos quedó como estaba</translation>
    </message>
    <message>
        <source>the record is on PostgreSQL ({url}): {on_postgresql}</source>
        <translation>el registro está en PostgreSQL ({url}): {on_postgresql}</translation>
    </message>
    <message>
        <source>the database is in memory: there is no file to back up or restore</source>
        <translation>la base de datos está en memoria: no hay ningún archivo que copiar o restaurar</translation>
    </message>
    <message>
        <source>{target} is a folder: give a file name</source>
        <translation>{target} es una carpeta: dé un nombre de archivo</translation>
    </message>
    <message>
        <source>{target} is not a plain file: give a file name</source>
        <translation>{target} no es un archivo normal: dé un nombre de archivo</translation>
    </message>
    <message>
        <source>folder {parent} does not exist</source>
        <translation>la carpeta {parent} no existe</translation>
    </message>
    <message>
        <source>{journal} is beside {target}: SQLite would mix it into the copy when it is opened; remove it or choose another name</source>
        <translation>{journal} está junto a {target}: SQLite lo mezclaría con la copia al abrirla; elimínelo o elija otro nombre</translation>
    </message>
    <message>
        <source>the number of upgrade backups to keep was changed outside Stockpile Tracker into {value}: set it again with &apos;settings --keep-upgrade-backups N&apos;</source>
        <translation>el número de copias previas a la actualización que se conservan se cambió fuera de Stockpile Tracker a {value}: vuelva a fijarlo con &apos;settings --keep-upgrade-backups N&apos;</translation>
    </message>
    <message>
        <source>lot {lot_number} ({designation}): at the end of {day} {held_back} would be {kept} but only {on_hand} on hand; {kept} mines cannot leave the lot</source>
        <translation>lote {lot_number} ({designation}): al final del {day}, {held_back} serían {kept} pero solo {on_hand} en depósito; {kept} minas no pueden salir del lote</translation>
    </message>
    <message>
        <source>{breach}; lift the suspension first</source>
        <translation>{breach}; levante primero la suspensión</translation>
    </message>
    <message>
        <source>{kind} {reference}: {quantity}</source>
        <translation>{kind} {reference}: {quantity}</translation>
    </message>
    <message>
        <source>{name}: on hand would be {on_hand}; it cannot go below zero</source>
        <translation>{name}: en depósito habría {on_hand}; no puede bajar de cero</translation>
    </message>
    <message>
        <source>{name}: {retained} are retained but only {on_hand} would be on hand; change the retention first</source>
        <translation>{name}: {retained} están retenidas pero solo {on_hand} estarían en depósito; cambie primero la retención</translation>
    </message>
    <message>
        <source>{name}: {suspended} are suspended ({suspensions}) but only {surplus} would be surplus; lift the suspension first</source>
        <translation>{name}: {suspended} están suspendidas ({suspensions}) pero solo {surplus} serían excedentes; levante primero la suspensión</translation>
    </message>
    <message>
        <source>{name}: {scheduled} are scheduled for destruction but only {free} would be surplus not suspended; change the destruction tasks first</source>
        <translation>{name}: {scheduled} están programadas para destrucción pero solo {free} serían excedentes no suspendidas; cambie primero las tareas de destrucción</translation>
    </message>
    <message>
        <source>{name}: {away} of its {on_hand} on hand would be at its other sites, so only {at_home} at {home}, its home, for the {retained} retained, {suspended} suspended and {scheduled} scheduled, which stay there; move mines back first</source>
        <translation>{name}: {away} de sus {on_hand} en depósito estarían en sus otros sitios, así que solo {at_home} en {home}, su sitio propio, para las {retained} retenidas, {suspended} suspendidas y {scheduled} programadas, que permanecen allí; traiga primero minas de vuelta</translation>
    </message>
    <message>
        <source>{name}: it would have received {received}, more than the {max_quantity} a lot can hold; record the rest as a lot of its own</source>
        <translation>{name}: habría recibido {received}, más de las {max_quantity} que puede contener un lote; registre el resto como un lote propio</translation>
    </message>
    <message>
        <source>{name}: {on_hand} on hand, {at_destruction} at destruction sites and {destroyed} destroyed would be more than the {received} ever held</source>
        <translation>{name}: {on_hand} en depósito, {at_destruction} en emplazamientos de destrucción y {destroyed} destruidas superarían las {received} jamás en poder</translation>
    </message>
    <message>
        <source>{name}: {on_hand} on hand and {destroyed} destroyed would be more than the {received} ever held</source>
        <translation>{name}: {on_hand} en depósito y {destroyed} destruidas superarían las {received} jamás en poder</translation>
    </message>
    <message>
        <source>{name} (OS login {login})</source>
        <translation>{name} (usuario del sistema {login})</translation>
    </message>
    <message>
        <source>the database refused the change: {reason}</source>
        <translation>la base de datos rechazó el cambio: {reason}</translation>
    </message>
    <message>
        <source>the database could not be {doing}: {reason}</source>
        <translation>no se pudo {doing} la base de datos: {reason}</translation>
    </message>
    <message>
        <source>the database refused a value: {reason}</source>
        <translation>la base de datos rechazó un valor: {reason}</translation>
    </message>
    <message>
        <source>the database holds text that is not JSON where JSON belongs ({msg}): it was changed outside Stockpile Tracker; run &apos;stockpile-tracker db check&apos;</source>
        <translation>la base de datos contiene texto que no es JSON donde debe haber JSON ({msg}): se modificó fuera de Stockpile Tracker; ejecute &apos;stockpile-tracker db check&apos;</translation>
    </message>
    <message>
        <source>the database has no sequence for {name}.{name2}: it was changed outside Stockpile Tracker; nothing was written: run &apos;stockpile-tracker db check&apos;</source>
        <translation>la base de datos no tiene secuencia para {name}.{name2}: se modificó fuera de Stockpile Tracker; no se escribió nada: ejecute &apos;stockpile-tracker db check&apos;</translation>
    </message>
    <message>
        <source>policy profile {code}: {column} holds {value}, not a list of {choices}; it was changed outside Stockpile Tracker: correct it in Compliance &gt; Policy profile or restore a backup</source>
        <translation>perfil de política {code}: {column} contiene {value}, no una lista de {choices}; se modificó fuera de Stockpile Tracker: corríjalo en Cumplimiento &gt; Perfil de política o restaure una copia</translation>
    </message>
    <message>
        <source>policy profile {code}: its deadline, {deadline_years} years after {effective_on}, is no date ({exc}); it was changed outside Stockpile Tracker: correct it with &apos;stockpile-tracker profile set&apos; or restore a backup</source>
        <translation>perfil de política {code}: su plazo, {deadline_years} años después del {effective_on}, no es una fecha ({exc}); se modificó fuera de Stockpile Tracker: corríjalo con &apos;stockpile-tracker profile set&apos; o restaure una copia</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es uno de {choices}</translation>
    </message>
    <message>
        <source>must be a whole number of hours above zero, or none</source>
        <translation>debe ser un número entero de horas mayor que cero, o ninguno</translation>
    </message>
    <message>
        <source>{value} mines in one item: at most {max_per_item}</source>
        <translation>{value} minas en una unidad: como máximo {max_per_item}</translation>
    </message>
    <message>
        <source>a type of category {category} holds at least one {category} mine per item (the category is the principal one)</source>
        <translation>un tipo de categoría {category} contiene al menos una mina {category} por unidad (la categoría es la principal)</translation>
    </message>
    <message>
        <source>is not a field of a mine type</source>
        <translation>no es un campo de un tipo de mina</translation>
    </message>
    <message>
        <source>{explosive_mass} g is more than the type&apos;s mass, {mass} g, which includes it</source>
        <translation>{explosive_mass} g supera la masa del tipo, {mass} g, que la incluye</translation>
    </message>
    <message>
        <source>must be a whole number of grams above zero, or none, not {value}</source>
        <translation>debe ser un número entero de gramos mayor que cero, o ninguno, no {value}</translation>
    </message>
    <message>
        <source>{country} is not a two-letter country code (ISO 3166)</source>
        <translation>{country} no es un código de país de dos letras (ISO 3166)</translation>
    </message>
    <message>
        <source>mine type {value} is already in the catalogue as {taken}</source>
        <translation>el tipo de mina {value} ya está en el catálogo como {taken}</translation>
    </message>
    <message>
        <source>mine type {value} is already in the catalogue</source>
        <translation>el tipo de mina {value} ya está en el catálogo</translation>
    </message>
    <message>
        <source>site {value} is already in the catalogue as {taken}</source>
        <translation>el sitio {value} ya está en el catálogo como {taken}</translation>
    </message>
    <message>
        <source>site {value} is already in the catalogue</source>
        <translation>el sitio {value} ya está en el catálogo</translation>
    </message>
    <message>
        <source>is not a field of a policy profile</source>
        <translation>no es un campo de un perfil de política</translation>
    </message>
    <message>
        <source>must be yes or no (True or False)</source>
        <translation>debe ser sí o no (True o False)</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>debe ser una fecha</translation>
    </message>
    <message>
        <source>{day} is more than a year after today ({today})</source>
        <translation>{day} es más de un año después de hoy ({today})</translation>
    </message>
    <message>
        <source>must be a whole number of years from 1 to {max_deadline_years}, or none, not {years}</source>
        <translation>debe ser un número entero de años de 1 a {max_deadline_years}, o ninguno, no {years}</translation>
    </message>
    <message>
        <source>give a list of retention categories</source>
        <translation>dé una lista de categorías de retención</translation>
    </message>
    <message>
        <source>give a list of {kind} values</source>
        <translation>dé una lista de valores {kind}</translation>
    </message>
    <message>
        <source>a profile governs at least one; name them</source>
        <translation>un perfil rige al menos uno; nómbrelos</translation>
    </message>
    <message>
        <source>is not a field of a {name}</source>
        <translation>no es un campo de un {name}</translation>
    </message>
    <message>
        <source>no policy profile {code}</source>
        <translation>ningún perfil de política {code}</translation>
    </message>
    <message>
        <source>no policy profile {profile}</source>
        <translation>ningún perfil de política {profile}</translation>
    </message>
    <message>
        <source>{lot} is not on certificate {certificate_number}</source>
        <translation>{lot} no figura en el certificado {certificate_number}</translation>
    </message>
    <message>
        <source>a correction destroys fewer than the {quantity} recorded for {lot}, not {quantity2}; record further mines destroyed as an event of their own</source>
        <translation>una corrección destruye menos que las {quantity} registradas para {lot}, no {quantity2}; registre las minas destruidas de más como un evento propio</translation>
    </message>
    <message>
        <source>certificate {certificate_number} belongs to task {reference}, which is {status}: its reconciliation is signed off</source>
        <translation>el certificado {certificate_number} pertenece a la tarea {reference}, que está {status}: su conciliación está aprobada</translation>
    </message>
    <message>
        <source>{lot}: a destruction dated {on} is before the lot was received ({first})</source>
        <translation>{lot}: una destrucción con fecha {on} es anterior a la recepción del lote ({first})</translation>
    </message>
    <message>
        <source>{lot}: a destruction dated {on} is before the lot was received (never)</source>
        <translation>{lot}: una destrucción con fecha {on} es anterior a la recepción del lote (nunca)</translation>
    </message>
    <message>
        <source>{lot}: cannot destroy {quantity}; task {reference} has {remaining} of it left to destroy</source>
        <translation>{lot}: no se pueden destruir {quantity}; a la tarea {reference} le quedan {remaining} por destruir</translation>
    </message>
    <message>
        <source>{lot}: the mines shipped for task {reference} are at {code}; a destruction of them at {code2} is recorded at {code}</source>
        <translation>{lot}: las minas enviadas para la tarea {reference} están en {code}; su destrucción en {code2} se registra en {code}</translation>
    </message>
    <message>
        <source>{lot}: its {there} at {code} were shipped there for a destruction task; record their destruction against that task (only what awaits destruction there), not as a destruction of surplus</source>
        <translation>{lot}: sus {there} en {code} se enviaron allí para una tarea de destrucción; registre su destrucción para esa tarea (solo lo que allí espera destrucción), no como una destrucción de excedentes</translation>
    </message>
    <message>
        <source>the witness cannot be the officer in charge</source>
        <translation>el testigo no puede ser el responsable</translation>
    </message>
    <message>
        <source>certificate {certificate} is already recorded</source>
        <translation>el certificado {certificate} ya está registrado</translation>
    </message>
    <message>
        <source>certificate {certificate} is already recorded as {held}</source>
        <translation>el certificado {certificate} ya está registrado como {held}</translation>
    </message>
    <message>
        <source>certificate {certificate} looks like existing certificate {alike}</source>
        <translation>el certificado {certificate} se parece al certificado existente {alike}</translation>
    </message>
    <message>
        <source>{lot}: {shipped} were shipped for task {reference} and {at_destruction_site} reported destroyed, so {awaiting_destruction} await destruction, not {quantity}; record destruction at the depot as its own event</source>
        <translation>{lot}: se enviaron {shipped} para la tarea {reference} y {at_destruction_site} se declararon destruidas, así que {awaiting_destruction} esperan destrucción, no {quantity}; registre una destrucción en el depósito como un evento propio</translation>
    </message>
    <message>
        <source>{lot}: a destruction dated {occurred_on} is before the mines were shipped ({shipped_on})</source>
        <translation>{lot}: una destrucción con fecha {occurred_on} es anterior al envío de las minas ({shipped_on})</translation>
    </message>
    <message>
        <source>{verified_on} is before the destruction ({occurred_on})</source>
        <translation>{verified_on} es anterior a la destrucción ({occurred_on})</translation>
    </message>
    <message>
        <source>lot id {lot_id} is not in certificate {certificate_number}</source>
        <translation>el lote con id {lot_id} no figura en el certificado {certificate_number}</translation>
    </message>
    <message>
        <source>lot {lot_number}: type the quantity the certificate states</source>
        <translation>lote {lot_number}: escriba la cantidad que indica el certificado</translation>
    </message>
    <message>
        <source>must be a whole number, zero or more, not {value}</source>
        <translation>debe ser un número entero, cero o más, no {value}</translation>
    </message>
    <message>
        <source>certificate {certificate_number} was already verified by {verified_by}</source>
        <translation>el certificado {certificate_number} ya fue verificado por {verified_by}</translation>
    </message>
    <message>
        <source>certificate {certificate} was recorded by {name}; another person must verify it</source>
        <translation>el certificado {certificate} fue registrado por {name}; otra persona debe verificarlo</translation>
    </message>
    <message>
        <source>certificate {certificate} was corrected by {name}; another person must verify it</source>
        <translation>el certificado {certificate} fue corregido por {name}; otra persona debe verificarlo</translation>
    </message>
    <message>
        <source>{value} is not a destruction method ({choices})</source>
        <translation>{value} no es un método de destrucción ({choices})</translation>
    </message>
    <message>
        <source>give each lot with its quantity</source>
        <translation>dé cada lote con su cantidad</translation>
    </message>
    <message>
        <source>name at least one lot and quantity</source>
        <translation>nombre al menos un lote y una cantidad</translation>
    </message>
    <message>
        <source>lot {lot_number}: </source>
        <translation>lote {lot_number}: </translation>
    </message>
    <message>
        <source>task {reference} is {status}</source>
        <translation>la tarea {reference} está {status}</translation>
    </message>
    <message>
        <source>{lot} is not in task {reference}</source>
        <translation>{lot} no forma parte de la tarea {reference}</translation>
    </message>
    <message>
        <source>name at least one destruction method, as a list</source>
        <translation>nombre al menos un método de destrucción, como lista</translation>
    </message>
    <message>
        <source>give the programme&apos;s sites as a list of site codes</source>
        <translation>dé los sitios del programa como una lista de códigos de sitio</translation>
    </message>
    <message>
        <source>{name} sets no deadline rule: give the date</source>
        <translation>El perfil «{name}» no fija ninguna regla de plazo: dé la fecha</translation>
    </message>
    <message>
        <source>programme {name} already exists</source>
        <translation>el programa {name} ya existe</translation>
    </message>
    <message>
        <source>no programme {programme_id}</source>
        <translation>ningún programa {programme_id}</translation>
    </message>
    <message>
        <source>site {site} is not one of programme {name}&apos;s sites</source>
        <translation>el sitio {site} no es uno de los sitios del programa {name}</translation>
    </message>
    <message>
        <source>{label} is not one of programme {name}&apos;s methods</source>
        <translation>{label} no es uno de los métodos del programa {name}</translation>
    </message>
    <message>
        <source>task {reference} already exists</source>
        <translation>la tarea {reference} ya existe</translation>
    </message>
    <message>
        <source>{lot}: task {reference} has {left} left to ship, not {quantity}</source>
        <translation>{lot}: a la tarea {reference} le quedan {left} por enviar, no {quantity}</translation>
    </message>
    <message>
        <source>{lot}: {awaiting_destruction} shipped for task {reference} await destruction at {code}; {quantity} cannot come back</source>
        <translation>{lot}: {awaiting_destruction} enviadas para la tarea {reference} esperan destrucción en {code}; {quantity} no pueden volver</translation>
    </message>
    <message>
        <source>{lot}: a return dated {on} is before the first shipment ({shipped_on})</source>
        <translation>{lot}: una devolución con fecha {on} es anterior al primer envío ({shipped_on})</translation>
    </message>
    <message>
        <source>task {reference} cannot close before its certificates are verified by a second person: {choices}</source>
        <translation>la tarea {reference} no puede cerrarse antes de que una segunda persona verifique sus certificados: {choices}</translation>
    </message>
    <message>
        <source>task {reference}: lot {lot_number} was already shipped or destroyed; close the task instead</source>
        <translation>tarea {reference}: el lote {lot_number} ya se envió o se destruyó; cierre la tarea en su lugar</translation>
    </message>
    <message>
        <source>only the tasks open on a day are read as of that day</source>
        <translation>solo las tareas abiertas en un día se leen a ese día</translation>
    </message>
    <message>
        <source>certificate {certificate} is not verified</source>
        <translation>el certificado {certificate} no está verificado</translation>
    </message>
    <message>
        <source>lot {lot}: shipped {shipped}, destroyed at the destruction site {destroyed}</source>
        <translation>lote {lot}: enviadas {shipped}, destruidas en el emplazamiento de destrucción {destroyed}</translation>
    </message>
    <message>
        <source>lot {lot}: planned {planned}, destroyed {destroyed}</source>
        <translation>lote {lot}: previstas {planned}, destruidas {destroyed}</translation>
    </message>
    <message>
        <source>lot {lot}: destroyed {destroyed}, certified {certified}</source>
        <translation>lote {lot}: destruidas {destroyed}, certificadas {certified}</translation>
    </message>
    <message>
        <source>{name} does not permit retention as {label}: a Korea requirement under it would count nothing</source>
        <translation>El perfil «{name}» no permite la retención como {label}: un requisito coreano bajo este perfil no contaría nada</translation>
    </message>
    <message>
        <source>{designation} is {not_covered}, which governs {scope}: it has no Korea reserve</source>
        <translation>{designation} es {not_covered}, que rige {scope}: no tiene reserva de Corea</translation>
    </message>
    <message>
        <source>mine type {type} is not in the catalogue</source>
        <translation>el tipo de mina {type} no está en el catálogo</translation>
    </message>
    <message>
        <source>{valid_from} is before the requirement in force for {type} (from {valid_from2}); requirements follow each other in time</source>
        <translation>{valid_from} es anterior al requisito vigente para {type} (desde el {valid_from2}); los requisitos se suceden en el tiempo</translation>
    </message>
    <message>
        <source>no mine type {designation} in the catalogue</source>
        <translation>ningún tipo de mina {designation} en el catálogo</translation>
    </message>
    <message>
        <source>no site {code}; add it to the catalogue first</source>
        <translation>ningún sitio {code}; añádalo primero al catálogo</translation>
    </message>
    <message>
        <source>{lot_id} is not a lot id</source>
        <translation>{lot_id} no es un id de lote</translation>
    </message>
    <message>
        <source>lot {lot_number} ({type_designation})</source>
        <translation>lote {lot_number} ({type_designation})</translation>
    </message>
    <message>
        <source>on hand {before} is now {after}</source>
        <translation>en depósito: {before}, ahora {after}</translation>
    </message>
    <message>
        <source>retained {before} is now {after}</source>
        <translation>retenidas: {before}, ahora {after}</translation>
    </message>
    <message>
        <source>kept for {before} is now {after}</source>
        <translation>motivo de retención: {before}, ahora {after}</translation>
    </message>
    <message>
        <source>scheduled {before} is now {after}</source>
        <translation>programadas: {before}, ahora {after}</translation>
    </message>
    <message>
        <source>suspended {before} is now {after}</source>
        <translation>suspendidas: {before}, ahora {after}</translation>
    </message>
    <message>
        <source>at destruction sites {before} is now {after}</source>
        <translation>en los emplazamientos de destrucción: {before}, ahora {after}</translation>
    </message>
    <message>
        <source>destroyed {before} is now {after}</source>
        <translation>destruidas: {before}, ahora {after}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>asked to schedule {quantity}</source>
        <translation>se pidió programar {quantity}</translation>
    </message>
    <message>
        <source>asked to transfer out {quantity}</source>
        <translation>se pidió una transferencia de salida de {quantity}</translation>
    </message>
    <message>
        <source>asked to move {quantity} to {site}</source>
        <translation>se pidió trasladar {quantity} a {site}</translation>
    </message>
    <message>
        <source>asked to split off {quantity}</source>
        <translation>se pidió trasladar {quantity} a un lote nuevo</translation>
    </message>
    <message>
        <source>asked to suspend {quantity}</source>
        <translation>se pidió suspender {quantity}</translation>
    </message>
    <message>
        <source>asked to destroy {quantity}</source>
        <translation>se pidió destruir {quantity}</translation>
    </message>
    <message>
        <source>asked to record an entry of {quantity} ({kind})</source>
        <translation>se pidió registrar un asiento de {quantity} ({kind})</translation>
    </message>
    <message>
        <source>{lot}: cannot schedule {quantity}</source>
        <translation>{lot}: no se pueden programar {quantity}</translation>
    </message>
    <message>
        <source>{lot}: cannot transfer out {quantity}</source>
        <translation>{lot}: no se puede hacer una transferencia de salida de {quantity}</translation>
    </message>
    <message>
        <source>{lot}: cannot move {quantity} to {site}</source>
        <translation>{lot}: no se pueden trasladar {quantity} a {site}</translation>
    </message>
    <message>
        <source>{lot}: cannot split off {quantity}</source>
        <translation>{lot}: no se pueden trasladar {quantity} a un lote nuevo</translation>
    </message>
    <message>
        <source>{lot}: cannot suspend {quantity}</source>
        <translation>{lot}: no se pueden suspender {quantity}</translation>
    </message>
    <message>
        <source>{lot}: cannot destroy {quantity}</source>
        <translation>{lot}: no se pueden destruir {quantity}</translation>
    </message>
    <message>
        <source>{lot} holds no mines any more and takes no further movements ({asked}); record mines found later as a discovery in a new lot</source>
        <translation>{lot} ya no contiene minas y no admite más movimientos ({asked}); registre las minas halladas después como un descubrimiento en un lote nuevo</translation>
    </message>
    <message>
        <source>{refusal}; {on_hand} on hand, {retained} retained, {suspended} suspended, {scheduled} scheduled, so only {unscheduled} are unscheduled surplus</source>
        <translation>{refusal}; {on_hand} en depósito, {retained} retenidas, {suspended} suspendidas, {scheduled} programadas, así que solo {unscheduled} son excedente no programado</translation>
    </message>
    <message>
        <source>{refusal}; {on_hand} on hand, {retained} retained, {scheduled} scheduled, so only {unscheduled} are unscheduled surplus</source>
        <translation>{refusal}; {on_hand} en depósito, {retained} retenidas, {scheduled} programadas, así que solo {unscheduled} son excedente no programado</translation>
    </message>
    <message>
        <source>{figures}; suspended: {suspensions} (lift the suspension first)</source>
        <translation>{figures}; suspendidas: {suspensions} (levante primero la suspensión)</translation>
    </message>
    <message>
        <source>{lot} came on the record on {first}: an entry cannot be dated {on}, before it</source>
        <translation>{lot} entró en el registro el {first}: una entrada no puede tener fecha {on}, anterior a esa</translation>
    </message>
    <message>
        <source>{lot}: a {label} of {quantity} dated {on} would make the balance at {where} {amount} on {day}; on hand can never go below zero</source>
        <translation>{lot}: un(a) {label} de {quantity} con fecha {on} dejaría el saldo en {where} en {amount} el {day}; lo que hay en depósito nunca puede bajar de cero</translation>
    </message>
    <message>
        <source>{lot}: a {label} of {quantity} dated {on} would make the balance {amount} on {day}; on hand can never go below zero</source>
        <translation>{lot}: un(a) {label} de {quantity} con fecha {on} dejaría el saldo en {amount} el {day}; lo que hay en depósito nunca puede bajar de cero</translation>
    </message>
    <message>
        <source>{on} is before the loss was recorded ({loss_occurred_on})</source>
        <translation>{on} es anterior al registro de la pérdida ({loss_occurred_on})</translation>
    </message>
    <message>
        <source>lot {lot_number}, task {task_reference}: {unaccounted} mines are still unaccounted for, not {quantity}</source>
        <translation>lote {lot_number}, tarea {task_reference}: aún hay {unaccounted} minas no justificadas, no {quantity}</translation>
    </message>
    <message>
        <source>choose the destruction site where the mines were destroyed (add it to the catalogue first)</source>
        <translation>elija el emplazamiento de destrucción donde se destruyeron las minas (añádalo primero al catálogo)</translation>
    </message>
    <message>
        <source>{code} is a {label}, not a destruction site: choose the destruction site where the mines were destroyed</source>
        <translation>{code} es un emplazamiento de tipo {label}, no un emplazamiento de destrucción: elija el emplazamiento de destrucción donde se destruyeron las minas</translation>
    </message>
    <message>
        <source>{kind} dated {on} falls after the acquisition ban of {profile} (from {banned_from}): flagged for review</source>
        <translation>{kind} del {on}, después de la prohibición de adquisición del perfil «{profile}» (desde el {banned_from}): por revisar</translation>
    </message>
    <message>
        <source>{lot} came to {code} on {first}: an entry there cannot be dated {on}</source>
        <translation>{lot} llegó a {code} el {first}: una entrada allí no puede tener fecha {on}</translation>
    </message>
    <message>
        <source>{lot} came to {code} on no day: an entry there cannot be dated {on}</source>
        <translation>{lot} nunca llegó a {code}: una entrada allí no puede tener fecha {on}</translation>
    </message>
    <message>
        <source>{lot}: its mines at {code} were shipped there for destruction; they are destroyed there, or come back home with a return</source>
        <translation>{lot}: sus minas en {code} se enviaron allí para su destrucción; se destruyen allí o vuelven a su sitio propio con una devolución</translation>
    </message>
    <message>
        <source>{lot} is not held at {code} (its home is {code2})</source>
        <translation>{lot} no está en poder en {code} (su sitio propio es {code2})</translation>
    </message>
    <message>
        <source>{code} is not a condition code ({choices})</source>
        <translation>{code} no es un código de estado ({choices})</translation>
    </message>
    <message>
        <source>lot {number} of type {designation} already exists</source>
        <translation>el lote {number} del tipo {designation} ya existe</translation>
    </message>
    <message>
        <source>lot {number} of type {designation} already exists as {held}</source>
        <translation>el lote {number} del tipo {designation} ya existe como {held}</translation>
    </message>
    <message>
        <source>lot {number} of type {designation} looks like existing lot {alike}</source>
        <translation>el lote {number} del tipo {designation} se parece al lote existente {alike}</translation>
    </message>
    <message>
        <source>{manufactured_on} is after the {label} date {on}</source>
        <translation>{manufactured_on} es posterior a la fecha de {label} {on}</translation>
    </message>
    <message>
        <source>{code} is a destruction site: a lot is taken on charge at one of the state&apos;s own depots or training sites, and its mines go to a destruction site shipped for a task</source>
        <translation>{code} es un emplazamiento de destrucción: un lote se da de alta en uno de los depósitos o sitios de adiestramiento propios del Estado, y sus minas van a un emplazamiento de destrucción enviadas para una tarea</translation>
    </message>
    <message>
        <source>transfer out not for destruction under {profile}: flagged for review</source>
        <translation>transferencia de salida para fines distintos de la destrucción en virtud del perfil «{profile}»: por revisar</translation>
    </message>
    <message>
        <source>{lot}: only mines retained under Article 3 are consumed in training; {retained} are retained ({kept_as}), {quantity} asked</source>
        <translation>{lot}: solo las minas retenidas en virtud del artículo 3 se consumen en adiestramiento; {retained} están retenidas ({kept_as}), se piden {quantity}</translation>
    </message>
    <message>
        <source>training dated {on} is before the Article 3 decision in force (from {valid_from})</source>
        <translation>un adiestramiento con fecha {on} es anterior a la decisión del artículo 3 vigente (desde el {valid_from})</translation>
    </message>
    <message>
        <source>{lot} would move from {code} to {code}</source>
        <translation>{lot} pasaría de {code} a {code}</translation>
    </message>
    <message>
        <source>{code} is a destruction site: mines go there shipped for a destruction task (Destruction &gt; Ship for task), not moved</source>
        <translation>{code} es un emplazamiento de destrucción: las minas van allí enviadas para una tarea de destrucción (Destrucción &gt; Enviar para tarea), no trasladadas</translation>
    </message>
    <message>
        <source>{lot} holds {there} at {code}; cannot move {quantity}</source>
        <translation>{lot} tiene {there} en {code}; no se pueden trasladar {quantity}</translation>
    </message>
    <message>
        <source>a reversal cannot be dated {on}, before the entry it reverses ({occurred_on})</source>
        <translation>una anulación no puede tener fecha {on}, anterior a la entrada que anula ({occurred_on})</translation>
    </message>
    <message>
        <source>{lot}: entry {id} is itself a reversal and cannot be reversed; record the correct entry instead</source>
        <translation>{lot}: la entrada {id} es ella misma una anulación y no puede anularse; registre en su lugar la entrada correcta</translation>
    </message>
    <message>
        <source>{lot}: entry {id} was already reversed by entry {already}</source>
        <translation>{lot}: la entrada {id} ya fue anulada por la entrada {already}</translation>
    </message>
    <message>
        <source>{lot}: entry {id} returned mines of an unaccounted loss and resolves it; it cannot be reversed</source>
        <translation>{lot}: la entrada {id} devolvió las minas de una pérdida no justificada y la resuelve; no puede anularse</translation>
    </message>
    <message>
        <source>{lot}: entry {id} records destruction certificate {document_ref}; correct the destruction instead (Reverse on the entry in the window), which keeps the certificate&apos;s history and has it verified again</source>
        <translation>{lot}: la entrada {id} registra el certificado de destrucción {document_ref}; corrija en su lugar la destrucción (Anular en la entrada en la ventana), que conserva el historial del certificado y hace que se verifique de nuevo</translation>
    </message>
    <message>
        <source>{lot}: entry {id} is the unaccounted loss of a task closed short; it is resolved by an investigation (Destruction &gt; Unaccounted losses), not reversed</source>
        <translation>{lot}: la entrada {id} es la pérdida no justificada de una tarea cerrada con diferencia; se resuelve con una investigación (Destrucción &gt; Pérdidas no justificadas), no se anula</translation>
    </message>
    <message>
        <source>{lot}: entry {id} is one side of a move (the other side is entry {other}); reversing one side would create or lose mines: move them back instead</source>
        <translation>{lot}: la entrada {id} es un lado de un traslado (el otro lado es la entrada {other}); anular un solo lado crearía o perdería minas: devuélvalas en su lugar</translation>
    </message>
    <message>
        <source>{lot}: entry {id} is one side of a split (the other side is entry {other}); reversing one side would create or lose mines: split back instead</source>
        <translation>{lot}: la entrada {id} es un lado de una división (el otro lado es la entrada {other}); anular un solo lado crearía o perdería minas: vuelva a unirlas en su lugar</translation>
    </message>
    <message>
        <source>say why the mines are kept: {korea} or {article3} (a legal hold is a suspension)</source>
        <translation>indique por qué se retienen las minas: {korea} o {article3} (un bloqueo legal es una suspensión)</translation>
    </message>
    <message>
        <source>{lot} already has {quantity} retained as that</source>
        <translation>{lot} ya tiene {quantity} retenidas como tal</translation>
    </message>
    <message>
        <source>{lot}: cannot retain {quantity}; {on_hand} on hand of which {scheduled} are scheduled for destruction and {suspended} suspended ({suspensions}): lift the suspension first</source>
        <translation>{lot}: no se pueden retener {quantity}; {on_hand} en depósito, de las que {scheduled} están programadas para destrucción y {suspended} suspendidas ({suspensions}): levante primero la suspensión</translation>
    </message>
    <message>
        <source>{lot}: cannot retain {quantity}; {on_hand} on hand of which {scheduled} are scheduled for destruction</source>
        <translation>{lot}: no se pueden retener {quantity}; {on_hand} en depósito, de las que {scheduled} están programadas para destrucción</translation>
    </message>
    <message>
        <source>{lot}: only {retained} are retained as {kept_as}; cannot move {quantity}</source>
        <translation>{lot}: solo {retained} están retenidas como {kept_as}; no se pueden trasladar {quantity}</translation>
    </message>
    <message>
        <source>{lot}: of the {shipped} shipped for task {task}, {destroyed} were reported destroyed; reversing a shipment of {quantity} would bring back mines that no longer exist</source>
        <translation>{lot}: de las {shipped} enviadas para la tarea {task}, {destroyed} se declararon destruidas; anular un envío de {quantity} traería de vuelta minas que ya no existen</translation>
    </message>
    <message>
        <source>{lot}: entry {id} {what} for task {reference}, which is {status}; it can no longer be reversed</source>
        <translation>{lot}: la entrada {id} {what} para la tarea {reference}, que está {status}; ya no puede anularse</translation>
    </message>
    <message>
        <source>{lot}: entry {id} consumed Article 3 mines, but the lot is now retained as {kept_as}; change the retention first</source>
        <translation>{lot}: la entrada {id} consumió minas del artículo 3, pero el lote ahora está retenido como {kept_as}; cambie primero la retención</translation>
    </message>
    <message>
        <source>cannot sort by {sort}</source>
        <translation>no se puede ordenar por {sort}</translation>
    </message>
    <message>
        <source>lot number {lot_number} exists for several types; name the type</source>
        <translation>el número de lote {lot_number} existe para varios tipos; nombre el tipo</translation>
    </message>
    <message>
        <source>not retained</source>
        <translation>no retenido</translation>
    </message>
    <message>
        <source>{value} is not a retention category ({choices}); a legal hold is a suspension: the mines stay surplus (Suspend on the lot)</source>
        <translation>{value} no es una categoría de retención ({choices}); un bloqueo legal es una suspensión: las minas siguen siendo excedentes (Suspender en el lote)</translation>
    </message>
    <message>
        <source>{value} is not a retention category ({choices})</source>
        <translation>{value} no es una categoría de retención ({choices})</translation>
    </message>
    <message>
        <source>{type} is not covered by {profile}, which governs {scope}: it is not retained as {category} under it</source>
        <translation>{type} no está cubierto por el perfil «{profile}», que rige las {scope}: no se retiene como {category} en virtud de él</translation>
    </message>
    <message>
        <source>{valid_from} is before the decision in force (from {valid_from2}); decisions follow each other in time</source>
        <translation>{valid_from} es anterior a la decisión vigente (desde el {valid_from2}); las decisiones se suceden en el tiempo</translation>
    </message>
    <message>
        <source>Article 3 retention names the authorised institution</source>
        <translation>la retención del artículo 3 nombra la institución autorizada</translation>
    </message>
    <message>
        <source>{profile} does not permit retention as {category}</source>
        <translation>el perfil «{profile}» no permite la retención como {category}</translation>
    </message>
    <message>
        <source>retained stock rises from {before} to {after} under {profile}</source>
        <translation>las existencias retenidas pasan de {before} a {after} en virtud del perfil «{profile}»</translation>
    </message>
    <message>
        <source>{lot} has no mines awaiting destruction at {code}: a suspension is on its mines at home ({code2}) or on those shipped to a destruction site</source>
        <translation>{lot} no tiene minas a la espera de destrucción en {code}: una suspensión se aplica a sus minas en su sitio propio ({code2}) o a las enviadas a un emplazamiento de destrucción</translation>
    </message>
    <message>
        <source>{value} is not a kind of suspension ({choices})</source>
        <translation>{value} no es un tipo de suspensión ({choices})</translation>
    </message>
    <message>
        <source>{on} is before {lot} held any mines (its first entry is dated {first})</source>
        <translation>{on} es anterior a la primera vez que {lot} tuvo minas en su poder (su primera entrada tiene fecha {first})</translation>
    </message>
    <message>
        <source>{on} is before {lot} held any mines</source>
        <translation>{on} es anterior a la primera vez que {lot} tuvo minas en su poder</translation>
    </message>
    <message>
        <source>{lifted_on} is before the suspension began ({suspended_from})</source>
        <translation>{lifted_on} es anterior al inicio de la suspensión ({suspended_from})</translation>
    </message>
    <message>
        <source>{lot} at {code}</source>
        <translation>{lot} en {code}</translation>
    </message>
    <message>
        <source>choose the suspension to lift</source>
        <translation>elija la suspensión que levantar</translation>
    </message>
    <message>
        <source>{label} {reference} on {lot} was already lifted on {lifted_on} by {lifted_by}</source>
        <translation>{label} {reference} sobre {lot} ya se levantó el {lifted_on} por {lifted_by}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>{what} {key} does not exist</source>
        <translation>{what} {key}: no existe</translation>
    </message>
    <message>
        <source>{message} ({rule})</source>
        <translation>{message} ({rule})</translation>
    </message>
    <message>
        <source>task {task} cannot close: {differences}; explain the difference to close it</source>
        <translation>la tarea {task} no se puede cerrar: {differences}; explique la diferencia para cerrarla</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since this form was opened ({changes}); nothing was recorded: close the form and open it again to see the current figures</source>
        <translation>{what} fue modificado por otra persona desde que se abrió este formulario ({changes}); no se registró nada: cierre el formulario y vuelva a abrirlo para ver las cifras actuales</translation>
    </message>
    <message>
        <source>{what}is required</source>
        <translation>{what}es obligatorio</translation>
    </message>
    <message>
        <source>{what}must be a whole number of mines, not {value}</source>
        <translation>{what}debe ser un número entero de minas, no {value}</translation>
    </message>
    <message>
        <source>{what}must be more than zero, not {quantity}</source>
        <translation>{what}debe ser mayor que cero, no {quantity}</translation>
    </message>
    <message>
        <source>{what}must be zero or more, not {quantity}</source>
        <translation>{what}debe ser cero o más, no {quantity}</translation>
    </message>
    <message>
        <source>{what}{quantity} is more than the {most} a record can hold</source>
        <translation>{what}{quantity} supera los {most} que un registro puede contener</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD), not {value}</source>
        <translation>debe ser una fecha (AAAA-MM-DD), no {value}</translation>
    </message>
    <message>
        <source>{day} is in the future (today is {today})</source>
        <translation>{day} está en el futuro (hoy es {today})</translation>
    </message>
    <message>
        <source>{day} is before {year}, the year the Convention was signed</source>
        <translation>{day} es anterior a {year}, el año en que se firmó la Convención</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>debe ser texto, no {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most}</source>
        <translation>tiene {length} caracteres; como máximo {most}</translation>
    </message>
    <message>
        <source>holds {code}, which is not a character a document can hold</source>
        <translation>contiene {code}, que no es un carácter que un documento pueda contener</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>holds the control character {code}</source>
        <translation>contiene el carácter de control {code}</translation>
    </message>
    <message>
        <source>a format character</source>
        <translation>un carácter de formato</translation>
    </message>
    <message>
        <source>holds the invisible character {code} ({name})</source>
        <translation>contiene el carácter invisible {code} ({name})</translation>
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
        <translation>cubiertas: en depósito {on_hand} minas = retenidas {retained} + excedente {surplus} (programadas {scheduled}); en los emplazamientos de destrucción {at_destruction}; destruidas {destroyed}</translation>
    </message>
    <message>
        <source>covered: on hand {on_hand} mines = retained {retained} + surplus {surplus} (scheduled {scheduled}); destroyed {destroyed}</source>
        <translation>cubiertas: en depósito {on_hand} minas = retenidas {retained} + excedente {surplus} (programadas {scheduled}); destruidas {destroyed}</translation>
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
        <translation>no cubiertas: en depósito {on_hand}</translation>
    </message>
    <message>
        <source>{lots_shown}: {items} on hand, {mines} mines</source>
        <translation>{lots_shown}: {items} en depósito, {mines} minas</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} unidad</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} unidades</translation>
    </message>
    <message>
        <source>{scope}, in mines ({lots}): on hand {on_hand} = retained {retained} + surplus {surplus}; surplus = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}; at destruction sites {at_destruction} (held {held}); destroyed {destroyed}</source>
        <translation>{scope}, en minas ({lots}): en depósito {on_hand} = retenidas {retained} + excedente {surplus}; excedente = programadas {scheduled} + suspendidas {suspended} + no programadas {unscheduled}; en los emplazamientos de destrucción {at_destruction} (bloqueadas {held}); destruidas {destroyed}</translation>
    </message>
    <message>
        <source>The rows are in items, each with its own retention decision; these totals are in mines.</source>
        <translation>Las filas están en unidades, cada una con su propia decisión de retención; estos totales están en minas.</translation>
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
        <source>covered: planned {planned} mines, destroyed {destroyed}</source>
        <translation>cubiertas: {planned} minas previstas, {destroyed} destruidas</translation>
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
        <translation>En poder</translation>
    </message>
    <message>
        <source>At destruction sites</source>
        <translation>En los emplazamientos de destrucción</translation>
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
        <translation>mando</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <source>{profile} governs {scope}; only those mines count against its obligations. Figures are mines (items x mines per item): a lot of an item holding both kinds (a Volcano canister) is on both lines, so its lots are not added up. The total adds what is held, never the two surpluses: only the one covered is to destroy.</source>
        <translation>El perfil «{profile}» rige {scope}; solo esas minas se computan respecto de sus obligaciones. Las cifras son minas (unidades x minas por unidad): un lote cuya unidad contiene ambas categorías (un contenedor Volcano) figura en ambas líneas, por lo que sus lotes no se suman. El total suma las existencias, nunca los dos excedentes: solo el excedente cubierto ha de destruirse.</translation>
    </message>
    <message>
        <source>Covered: of the surplus, {beyond} are reserved for Korea beyond the requirement: the lots still show them retained until the office releases them; Retained counts the reserve up to the requirement (see Retained, by reason).</source>
        <translation>Cubiertas: del excedente, {beyond} están reservadas para Corea por encima de la necesidad: los lotes aún las muestran retenidas hasta que la oficina las libere; Retenidas cuenta la reserva hasta la necesidad (véase Retenidas, por motivo).</translation>
    </message>
    <message>
        <source>In and out of scope of {profile}</source>
        <translation>Dentro y fuera del ámbito del perfil «{profile}»</translation>
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
        <translation>Un lote cuya unidad contiene ambas categorías (un contenedor Volcano) se computa en cada una.</translation>
    </message>
    <message>
        <source>Held = at destruction sites + on hand. Mines shipped for destruction and not yet reported destroyed are at the destruction site&apos;s line, and mines moved to another of the state&apos;s sites at that site&apos;s line (surplus, not scheduled); their lots, and what the lots had destroyed, are counted at each lot&apos;s home.</source>
        <translation>En poder = en los emplazamientos de destrucción + en depósito. Las minas enviadas para su destrucción cuya destrucción aún no se ha notificado figuran en la línea del emplazamiento de destrucción, y las minas trasladadas a otro emplazamiento del Estado en la línea de ese emplazamiento (excedente, no programado); sus lotes, y lo que los lotes han destruido, se computan en el emplazamiento de origen de cada lote.</translation>
    </message>
    <message>
        <source>Summary by category, covered by {profile}</source>
        <translation>Resumen por categoría, cubiertas por el perfil «{profile}»</translation>
    </message>
    <message>
        <source>Summary by category, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Resumen por categoría, no cubiertas por el perfil «{profile}» (presentadas aparte; ninguna obligación las computa)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>By self-destruct / self-deactivation, covered by {profile}</source>
        <translation>Por autodestrucción / autodesactivación, cubiertas por el perfil «{profile}»</translation>
    </message>
    <message>
        <source>By self-destruct / self-deactivation, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Por autodestrucción / autodesactivación, no cubiertas por el perfil «{profile}» (presentadas aparte; ninguna obligación las computa)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>By site, covered by {profile}</source>
        <translation>Por emplazamiento, cubiertas por el perfil «{profile}»</translation>
    </message>
    <message>
        <source>By site, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Por emplazamiento, no cubiertas por el perfil «{profile}» (presentadas aparte; ninguna obligación las computa)</translation>
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
        <translation>Por tipo, cubiertas por el perfil «{profile}»</translation>
    </message>
    <message>
        <source>By type, not covered by {profile} (shown apart; no obligation counts them)</source>
        <translation>Por tipo, no cubiertas por el perfil «{profile}» (presentadas aparte; ninguna obligación las computa)</translation>
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
        <translation>Unidades y minas, por tipo</translation>
    </message>
    <message>
        <source>Mines per item</source>
        <translation>Minas por unidad</translation>
    </message>
    <message>
        <source>Items held</source>
        <translation>Unidades en poder</translation>
    </message>
    <message>
        <source>Mines held</source>
        <translation>Minas en poder</translation>
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
        <translation>Unidades destruidas</translation>
    </message>
    <message>
        <source>Mines destroyed</source>
        <translation>Minas destruidas</translation>
    </message>
    <message>
        <source>The ledger counts items; every other table counts mines (items x mines per item). Held: on hand at the state&apos;s own sites and shipped to destruction sites, not yet destroyed.</source>
        <translation>El registro computa unidades; todos los demás cuadros computan minas (unidades x minas por unidad). En poder: en depósito en los emplazamientos del Estado y enviadas a los emplazamientos de destrucción, aún no destruidas.</translation>
    </message>
    <message>
        <source>Unaccounted losses (mines not accounted for when their task was closed): none.</source>
        <translation>Pérdidas no justificadas (minas no justificadas al cerrarse su tarea): ninguna.</translation>
    </message>
    <message>
        <source>{profile}: stockpile destruction deadline {deadline} (entry into force {in_force}), {distance}.</source>
        <translation>{profile}: plazo para la destrucción de las existencias el {deadline} (entrada en vigor el {in_force}), {distance}.</translation>
    </message>
    <message>
        <source>Programme {name}: deadline {deadline}, {distance}.</source>
        <translation>Programa {name}: plazo el {deadline}, {distance}.</translation>
    </message>
    <message>
        <source>1 day to go as of {date}</source>
        <translation>falta 1 día al {date}</translation>
    </message>
    <message>
        <source>{days} days to go as of {date}</source>
        <translation>faltan {days} días al {date}</translation>
    </message>
    <message>
        <source>Figures are computed from the ledger up to the end of the date: entries, retention decisions and destructions dated up to then, and destruction tasks open then: from the day their work began (entered, or their first shipment or destruction) until they were closed or cancelled.</source>
        <translation>Las cifras se calculan a partir del registro hasta el final de la fecha: asientos, decisiones de retención y destrucciones fechados hasta ese día, y tareas de destrucción abiertas ese día: desde el día en que comenzaron sus trabajos (registro, o primer envío o destrucción) hasta su cierre o anulación.</translation>
    </message>
    <message>
        <source>Stockpile status</source>
        <translation>Estado de las existencias</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>al {date}</translation>
    </message>
    <message>
        <source>Programme {name}, under another profile ({profile}): deadline {deadline}, {distance}; not checked against the active profile.</source>
        <translation>Programa {name}, de otro perfil ({profile}): plazo el {deadline}, {distance}; las comprobaciones del perfil activo no lo tienen en cuenta.</translation>
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
        <source>Suspended at destruction sites, by suspension</source>
        <translation>Suspendidas en los emplazamientos de destrucción, por suspensión</translation>
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
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Mines covered by {profile}</source>
        <translation>Minas cubiertas por el perfil «{profile}»</translation>
    </message>
    <message>
        <source>Mines not covered</source>
        <translation>Minas no cubiertas</translation>
    </message>
    <message>
        <source>Mines shipped for destruction, held there by a suspension: among the mines at destruction sites above, neither destroyed, sent back nor lost until it is lifted.</source>
        <translation>Minas enviadas para su destrucción, inmovilizadas allí por una suspensión: incluidas en las minas en los emplazamientos de destrucción indicadas arriba, ni destruidas, ni devueltas, ni perdidas hasta que se levante.</translation>
    </message>
    <message>
        <source>Suspended mines are surplus (in Surplus and Suspended above): held back from scheduling and destruction until the suspension is lifted, then to be destroyed.</source>
        <translation>Las minas suspendidas son excedente (en Excedente y Suspendidas, arriba): excluidas de la programación y de la destrucción hasta que se levante la suspensión, y después han de destruirse.</translation>
    </message>
    <message>
        <source>Mines shipped for destruction and not reported destroyed, or reported destroyed and not certified, when their task was closed: neither in the stock figures above nor destroyed, still the state&apos;s until an investigation finds them, has them destroyed with a certificate or an authority writes them off. In mines, as the figures above (a loss of an item holding both kinds is on both tables).</source>
        <translation>Minas enviadas para su destrucción cuya destrucción no se notificó, o se notificó sin certificar, al cerrarse su tarea: ni en las cifras de existencias anteriores ni destruidas, siguen siendo del Estado hasta que una investigación las halle, las haga destruir con un certificado o una autoridad las dé de baja. En minas, como las cifras anteriores (la pérdida de una unidad que contiene ambas categorías figura en ambos cuadros).</translation>
    </message>
    <message>
        <source>Unaccounted losses: mines covered by {profile}, not destroyed</source>
        <translation>Pérdidas no justificadas: minas cubiertas por el perfil «{profile}», no destruidas</translation>
    </message>
    <message>
        <source>Unaccounted losses: mines not covered by {profile}, not destroyed</source>
        <translation>Pérdidas no justificadas: minas no cubiertas por el perfil «{profile}», no destruidas</translation>
    </message>
    <message>
        <source>Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the others apart), as they stand today ({today}), not as of {date}.</source>
        <translation>Tareas abiertas cuya fecha prevista ha vencido y que no se han ejecutado por completo, en minas regidas por el perfil «{profile}» (las demás aparte), tal como están hoy ({today}), no al {date}.</translation>
    </message>
    <message>
        <source>Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the others apart).</source>
        <translation>Tareas abiertas cuya fecha prevista ha vencido y que no se han ejecutado por completo, en minas regidas por el perfil «{profile}» (las demás aparte).</translation>
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
    <name>StockpileView</name>
    <message>
        <source>Any status</source>
        <translation>Cualquier situación</translation>
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
        <source>Suspended</source>
        <translation>Suspendidas</translation>
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
        <source>Destroyed</source>
        <translation>Destruidas</translation>
    </message>
    <message>
        <source>SD/SDA: all</source>
        <translation>AD/ADA: todas</translation>
    </message>
    <message>
        <source>Self-destructing (SD)</source>
        <translation>De autodestrucción (AD)</translation>
    </message>
    <message>
        <source>Self-deactivating only (SDA)</source>
        <translation>Solo de autodesactivación (ADA)</translation>
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
        <translation>Destino</translation>
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
        <translation>NO JUSTIFICADAS {count}</translation>
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
        <translation>en depósito {count}</translation>
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
        <translation>{contents} por unidad: {mines} minas en depósito</translation>
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
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
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
        <translation>AD, ADA o persistente</translation>
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
    <name>SuspensionDialogs</name>
    <message>
        <source>Lot {lot} ({type}), in {unit}: {on_hand} on hand, {retained} retained, {scheduled} scheduled, {suspended} suspended, {unscheduled} unscheduled surplus.</source>
        <translation>Lote {lot} ({type}), en {unit}: {on_hand} en depósito, {retained} retenidas, {scheduled} programadas, {suspended} suspendidas, {unscheduled} de excedente no programado.</translation>
    </message>
    <message>
        <source>Suspend - lot {lot}</source>
        <translation>Suspender - lote {lot}</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>{lot_note} Suspended mines stay surplus, held back until lifted.</source>
        <translation>{lot_note} Las minas suspendidas siguen siendo excedente, inmovilizadas hasta el levantamiento.</translation>
    </message>
    <message>
        <source>{site}, its home</source>
        <translation>{site}, su sede</translation>
    </message>
    <message>
        <source>{site}, for destruction ({awaiting} await destruction there)</source>
        <translation>{site}, para destrucción ({awaiting} esperan allí su destrucción)</translation>
    </message>
    <message>
        <source>Mines at</source>
        <translation>Minas en</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Suspend ({unit})</source>
        <translation>Suspender ({unit})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Lift a suspension - lot {lot}</source>
        <translation>Levantar una suspensión - lote {lot}</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Levantar</translation>
    </message>
    <message>
        <source>Lot {lot} has no suspension in force.</source>
        <translation>El lote {lot} no tiene ninguna suspensión vigente.</translation>
    </message>
    <message>
        <source>{kind} {reference}: {quantity} since {date}</source>
        <translation>{kind} {reference}: {quantity} desde el {date}</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <source>Why lifted</source>
        <translation>Motivo del levantamiento</translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation>Levantada el</translation>
    </message>
    <message>
        <source>Suspended {quantity} of lot {lot}: {kind} {reference}</source>
        <translation>{quantity} del lote {lot} suspendidas: {kind} {reference}</translation>
    </message>
    <message>
        <source>Lifted {kind} {reference} on lot {lot}: {quantity} can be scheduled</source>
        <translation>Levantada: {kind} {reference} en el lote {lot}; {quantity} pueden programarse</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>{page} is still being read: export it once its rows show.</source>
        <translation>La página {page} todavía se está leyendo: expórtela cuando se muestren sus filas.</translation>
    </message>
    <message>
        <source>Export {page}</source>
        <translation>Exportar: {page}</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>al {date}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Exported {count} rows of {page} to {path}</source>
        <translation>{count} filas de la página {page} exportadas a {path}</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>OVERDUE; DISCREPANCY: {gap} shipped, not destroyed</source>
        <translation>ATRASADA; DISCREPANCIA: {gap} enviadas, no destruidas</translation>
    </message>
    <message>
        <source>DISCREPANCY: {gap} shipped, not destroyed</source>
        <translation>DISCREPANCIA: {gap} enviadas, no destruidas</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ATRASADA</translation>
    </message>
    <message>
        <source>carried out - to close</source>
        <translation>ejecutada - por cerrar</translation>
    </message>
    <message>
        <source>shipped, awaiting destruction</source>
        <translation>enviadas, a la espera de destrucción</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your name goes on every record you make and on the audit log. On a SQLite file it is the recorder, a change of it audited beside your operating-system login ({os_login}); on PostgreSQL your database login is the recorder and this name is shown beside it.</source>
        <translation>Su nombre figura en cada registro que haga y en el registro de auditoría. En un archivo SQLite designa al autor de los registros, y todo cambio del mismo se audita junto con su usuario del sistema operativo ({os_login}); en PostgreSQL su usuario de la base de datos designa al autor y este nombre se muestra a su lado.</translation>
    </message>
    <message>
        <source>Your database login, {login}, is the recorder: it goes on every record you make and on the audit log, and the four-eyes rule compares it. The name you type is shown beside it, as {login} (your name); changing it is audited.</source>
        <translation>Su usuario de la base de datos, {login}, es el del autor de los registros: figura en cada registro que haga y en el registro de auditoría, y la regla del doble control lo compara. El nombre que escriba se muestra a su lado, como {login} (su nombre); su cambio queda auditado.</translation>
    </message>
    <message>
        <source>You are signed in as the database&apos;s owner: it records under the name you type, on every record you make and on the audit log. Give each person a login of their own (db roles) for the record to prove who did what.</source>
        <translation>Ha iniciado sesión como propietario de la base de datos: esta registra con el nombre que usted escriba, en cada registro que haga y en el registro de auditoría. Asigne a cada persona su propio usuario (db roles) para que el registro pruebe quién hizo qué.</translation>
    </message>
    <message>
        <source>On this SQLite file the name you type is the recorder: it goes on every record you make and on the audit log, and a change of it is audited beside your operating-system login ({os_login}). A single-user file proves no more than that: several people working under four eyes use PostgreSQL.</source>
        <translation>En este archivo SQLite, el nombre que escribe es el del autor de los registros: figura en cada registro que haga y en el registro de auditoría, y todo cambio del mismo se audita junto con su usuario del sistema operativo ({os_login}). Un archivo de un solo usuario no prueba nada más: varias personas que trabajan con el principio de doble control utilizan PostgreSQL.</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <source>e.g. Sgt. J. Doe</source>
        <translation>p. ej. Sgto. J. Pérez</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
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
        <translation>detonada por mando</translation>
    </message>
    <message>
        <source>both (victim-activated or command-detonated)</source>
        <translation>ambas (activada por la víctima o detonada por mando)</translation>
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
        <translation>devueltas desde un emplazamiento de destrucción</translation>
    </message>
    <message>
        <source>shipped in for destruction</source>
        <translation>recibidas para su destrucción</translation>
    </message>
    <message>
        <source>sent back from destruction</source>
        <translation>devueltas por el emplazamiento de destrucción</translation>
    </message>
    <message>
        <source>unaccounted loss</source>
        <translation>pérdida no justificada</translation>
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
        <translation>bloqueo judicial</translation>
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
        <translation>Formulario E - Situación de los programas para la reconversión o cierre definitivo de las instalaciones de producción de minas antipersonal</translation>
    </message>
    <message>
        <source>Form F - status of programmes for destruction of anti-personnel mines</source>
        <translation>Formulario F - Situación de los programas de destrucción de minas antipersonal</translation>
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
        <source>depot</source>
        <translation>depósito</translation>
    </message>
    <message>
        <source>destruction site</source>
        <translation>emplazamiento de destrucción</translation>
    </message>
    <message>
        <source>training site</source>
        <translation>sitio de adiestramiento</translation>
    </message>
    <message>
        <source>destroyed with a certificate</source>
        <translation>destruidas con un certificado</translation>
    </message>
    <message>
        <source>written off by an authority</source>
        <translation>dadas de baja por una autoridad</translation>
    </message>
    <message>
        <source>conservation: every mine is accounted for and stock never goes below zero</source>
        <translation>conservación: cada mina está contabilizada y las existencias nunca son negativas</translation>
    </message>
    <message>
        <source>append-only ledger: entries are never changed; a mistake is corrected by a reversal</source>
        <translation>registro de solo adición: los asientos nunca se modifican; un error se corrige con una anulación</translation>
    </message>
    <message>
        <source>retention lock: retained mines cannot be scheduled, moved or destroyed</source>
        <translation>bloqueo de retención: las minas retenidas no pueden programarse, trasladarse ni destruirse</translation>
    </message>
    <message>
        <source>allocation: what is scheduled for destruction cannot exceed the surplus</source>
        <translation>asignación: lo programado para su destrucción no puede superar el excedente</translation>
    </message>
    <message>
        <source>suspension: suspended mines are surplus, but cannot be scheduled, moved or destroyed</source>
        <translation>suspensión: las minas suspendidas son excedentes, pero no pueden programarse, trasladarse ni destruirse</translation>
    </message>
    <message>
        <source>surplus to schedule: all surplus is scheduled for destruction</source>
        <translation>excedente por programar: todo el excedente está programado para su destrucción</translation>
    </message>
    <message>
        <source>policy: only the retention the policy permits</source>
        <translation>política: solo la retención que la política permite</translation>
    </message>
    <message>
        <source>scope: what the profile governs; other stock is shown apart</source>
        <translation>alcance: lo que rige el perfil; las demás existencias se muestran aparte</translation>
    </message>
    <message>
        <source>persistent mines: kept only for training</source>
        <translation>minas persistentes: retenidas solo para el adiestramiento</translation>
    </message>
    <message>
        <source>Korea reserve: for the defence of the Republic of Korea, no more than required</source>
        <translation>reserva de Corea: para la defensa de la República de Corea, no más de lo necesario</translation>
    </message>
    <message>
        <source>acquisition ban: no mines acquired after the ban</source>
        <translation>prohibición de adquisición: ninguna mina adquirida después de la prohibición</translation>
    </message>
    <message>
        <source>transfers: only for destruction</source>
        <translation>transferencias: solo para su destrucción</translation>
    </message>
    <message>
        <source>Article 3: only the minimum number absolutely necessary</source>
        <translation>artículo 3: solo la cantidad mínima absolutamente necesaria</translation>
    </message>
    <message>
        <source>deadlines: all surplus destroyed by the deadline</source>
        <translation>plazos: todo el excedente destruido dentro del plazo</translation>
    </message>
    <message>
        <source>Article 7 reports: the initial one within 180 days, then one by each 30 April</source>
        <translation>informes del artículo 7: el inicial en un plazo de 180 días, luego uno a más tardar el 30 de abril de cada año</translation>
    </message>
    <message>
        <source>reconciliation: shipped, destroyed and certified agree</source>
        <translation>conciliación: lo enviado, lo destruido y lo certificado coinciden</translation>
    </message>
    <message>
        <source>four eyes: a second person verifies</source>
        <translation>doble control: una segunda persona verifica</translation>
    </message>
    <message>
        <source>terminal states: what is final takes no further change</source>
        <translation>estados finales: lo definitivo no admite más cambios</translation>
    </message>
    <message>
        <source>dates: none in the future or before the lot existed</source>
        <translation>fechas: ninguna en el futuro ni anterior a la existencia del lote</translation>
    </message>
    <message>
        <source>the database&apos;s own checks</source>
        <translation>los controles propios de la base de datos</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
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
        <translation>unidades</translation>
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
