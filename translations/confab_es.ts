<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>CertificateFile</name>
    <message>
      <source>Cannot read %1.</source>
      <translation>No se puede leer %1.</translation>
    </message>
    <message>
      <source>The PFX file could not be opened: it is damaged or the passphrase is wrong.</source>
      <translation>No se pudo abrir el archivo PFX: está dañado o la frase de contraseña es incorrecta.</translation>
    </message>
    <message>
      <source>%1 does not contain a PEM certificate.</source>
      <translation>%1 no contiene un certificado PEM.</translation>
    </message>
    <message>
      <source>No private key was found, or its passphrase is wrong.</source>
      <translation>No se encontró ninguna clave privada, o su frase de contraseña es incorrecta.</translation>
    </message>
    <message>
      <source>The certificate expired on %1.</source>
      <translation>El certificado caducó el %1.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>confabd is not running.</source>
      <translation>confabd no está en ejecución.</translation>
    </message>
    <message>
      <source>confabd refused the connection.</source>
      <translation>confabd rechazó la conexión.</translation>
    </message>
    <message>
      <source>You may not open the control socket.</source>
      <translation>No tiene permiso para abrir el socket de control.</translation>
    </message>
    <message>
      <source>confabd reported an error: {code}</source>
      <translation>confabd informó de un error: {code}</translation>
    </message>
    <message>
      <source>Only requests may be sent to confabd.</source>
      <translation>A confabd solo se le pueden enviar solicitudes.</translation>
    </message>
    <message>
      <source>Cannot create the control socket directory {path}.</source>
      <translation>No se puede crear el directorio del socket de control {path}.</translation>
    </message>
    <message>
      <source>Another confabd is already listening on {path}.</source>
      <translation>Otro confabd ya escucha en {path}.</translation>
    </message>
    <message>
      <source>Cannot listen on the control socket {path}: {reason}</source>
      <translation>No se puede escuchar en el socket de control {path}: {reason}</translation>
    </message>
    <message>
      <source>Authenticate with the admin password first.</source>
      <translation>Identifíquese primero con la contraseña de administrador.</translation>
    </message>
    <message>
      <source>There is no method {method}.</source>
      <translation>No existe el método {method}.</translation>
    </message>
    <message>
      <source>No admin password is set yet; run the setup first.</source>
      <translation>Aún no hay contraseña de administrador; ejecute primero la configuración.</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>La contraseña de administrador es incorrecta.</translation>
    </message>
    <message>
      <source>The server is already set up.</source>
      <translation>El servidor ya está configurado.</translation>
    </message>
    <message>
      <source>The text is not a PEM-encoded X.509 certificate.</source>
      <translation>El texto no es un certificado X.509 en formato PEM.</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
      <source>The private key is missing, encrypted or does not belong to the certificate.</source>
      <translation>La clave privada falta, está cifrada o no corresponde al certificado.</translation>
    </message>
    <message>
      <source>There is no setting {key}.</source>
      <translation>No existe el ajuste {key}.</translation>
    </message>
    <message>
      <source>There is no routing rule {id}.</source>
      <translation>No existe la regla de enrutamiento {id}.</translation>
    </message>
    <message>
      <source>There is no session {id}.</source>
      <translation>No existe la sesión {id}.</translation>
    </message>
    <message>
      <source>There is no trusted certificate {id}.</source>
      <translation>No existe el certificado de confianza {id}.</translation>
    </message>
    <message>
      <source>There is no account {jid}.</source>
      <translation>No existe la cuenta {jid}.</translation>
    </message>
    <message>
      <source>The parameter {param} is missing or invalid.</source>
      <translation>El parámetro {param} falta o no es válido.</translation>
    </message>
    <message>
      <source>{domain} is not a valid domain name.</source>
      <translation>{domain} no es un nombre de dominio válido.</translation>
    </message>
    <message>
      <source>The domain {domain} is not hosted on this server.</source>
      <translation>El dominio {domain} no está alojado en este servidor.</translation>
    </message>
    <message>
      <source>{jid} is not a valid user address (user@domain).</source>
      <translation>{jid} no es una dirección de usuario válida (user@domain).</translation>
    </message>
    <message>
      <source>The password is empty or contains characters that are not allowed</source>
      <translation>La contraseña está vacía o contiene caracteres no permitidos</translation>
    </message>
    <message>
      <source>Account {user}@{domain} does not exist</source>
      <translation>La cuenta {user}@{domain} no existe</translation>
    </message>
    <message>
      <source>Domain {domain} does not exist</source>
      <translation>El dominio {domain} no existe</translation>
    </message>
    <message>
      <source>Account {user}@{domain} already exists</source>
      <translation>La cuenta {user}@{domain} ya existe</translation>
    </message>
    <message>
      <source>The admin password must have at least {min} characters and no control characters</source>
      <translation>La contraseña de administrador debe tener al menos {min} caracteres y ningún carácter de control</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>No se puede abrir la base de datos {path}: {detail}</translation>
    </message>
    <message>
      <source>The domain name is empty</source>
      <translation>El nombre de dominio está vacío</translation>
    </message>
    <message>
      <source>Domain {domain} already exists</source>
      <translation>El dominio {domain} ya existe</translation>
    </message>
    <message>
      <source>Invalid value for setting {key}</source>
      <translation>Valor no válido para el ajuste {key}</translation>
    </message>
    <message>
      <source>Database migration {version} failed: {detail}</source>
      <translation>La migración {version} de la base de datos falló: {detail}</translation>
    </message>
    <message>
      <source>The database has schema version {version}, newer than this program supports ({supported})</source>
      <translation>La base de datos tiene la versión de esquema {version}, más nueva de lo que admite este programa ({supported})</translation>
    </message>
    <message>
      <source>Offline storage for {user}@{domain} is full ({limit} messages)</source>
      <translation>El almacén sin conexión de {user}@{domain} está lleno ({limit} mensajes)</translation>
    </message>
    <message>
      <source>{contact} is not in the roster of {user}@{domain}</source>
      <translation>{contact} no está en la lista de contactos de {user}@{domain}</translation>
    </message>
    <message>
      <source>Routing rule {id} does not exist</source>
      <translation>La regla de enrutamiento {id} no existe</translation>
    </message>
    <message>
      <source>{pattern} is not a valid domain pattern</source>
      <translation>{pattern} no es un patrón de dominio válido</translation>
    </message>
    <message>
      <source>Unknown routing action {action}</source>
      <translation>Acción de enrutamiento desconocida {action}</translation>
    </message>
    <message>
      <source>A relay rule needs a relay host</source>
      <translation>Una regla de retransmisión necesita un host de retransmisión</translation>
    </message>
    <message>
      <source>{host} is not a valid relay host</source>
      <translation>{host} no es un host de retransmisión válido</translation>
    </message>
    <message>
      <source>{port} is not a valid port</source>
      <translation>{port} no es un puerto válido</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>Error de base de datos: {detail}</translation>
    </message>
    <message>
      <source>The database is not open</source>
      <translation>La base de datos no está abierta</translation>
    </message>
    <message>
      <source>TLS is already required for {pattern}</source>
      <translation>TLS ya es obligatorio para {pattern}</translation>
    </message>
    <message>
      <source>TLS is not required for {pattern}</source>
      <translation>TLS no es obligatorio para {pattern}</translation>
    </message>
    <message>
      <source>The CA certificate is not in PEM format</source>
      <translation>El certificado de CA no está en formato PEM</translation>
    </message>
    <message>
      <source>Trusted CA certificate {id} does not exist</source>
      <translation>El certificado de CA de confianza {id} no existe</translation>
    </message>
    <message>
      <source>A line is longer than {max} bytes</source>
      <translation>Una línea supera los {max} bytes</translation>
    </message>
    <message>
      <source>Not connected to confabd</source>
      <translation>No hay conexión con confabd</translation>
    </message>
    <message>
      <source>confabd did not answer within {ms} ms</source>
      <translation>confabd no respondió en {ms} ms</translation>
    </message>
    <message>
      <source>The connection to confabd was lost</source>
      <translation>Se perdió la conexión con confabd</translation>
    </message>
    <message>
      <source>The message is neither a request, a response nor an event</source>
      <translation>El mensaje no es una solicitud, ni una respuesta, ni un evento</translation>
    </message>
    <message>
      <source>The line is not valid JSON: {reason}</source>
      <translation>La línea no es JSON válido: {reason}</translation>
    </message>
    <message>
      <source>{name} must be true or false</source>
      <translation>{name} debe ser true o false</translation>
    </message>
    <message>
      <source>{name} must be a whole number from {min} to {max}</source>
      <translation>{name} debe ser un número entero de {min} a {max}</translation>
    </message>
    <message>
      <source>{name}: {value} is not an IP address</source>
      <translation>{name}: {value} no es una dirección IP</translation>
    </message>
    <message>
      <source>{name}: {value} must name a file inside the data directory</source>
      <translation>{name}: {value} debe indicar un archivo dentro del directorio de datos</translation>
    </message>
    <message>
      <source>{name}: {value} is not a valid XMPP address</source>
      <translation>{name}: {value} no es una dirección XMPP válida</translation>
    </message>
    <message>
      <source>{name} must be text</source>
      <translation>{name} debe ser texto</translation>
    </message>
    <message>
      <source>{name} must be a list of non-empty texts</source>
      <translation>{name} debe ser una lista de textos no vacíos</translation>
    </message>
    <message>
      <source>{value} is not allowed in {name}; allowed: {choices}</source>
      <translation>{value} no está permitido en {name}; permitidos: {choices}</translation>
    </message>
    <message>
      <source>{name} must be one of: {choices}</source>
      <translation>{name} debe ser uno de: {choices}</translation>
    </message>
    <message>
      <source>There is no setting {name}</source>
      <translation>No existe el ajuste {name}</translation>
    </message>
  </context>
  <context>
    <name>LogCatalog</name>
    <message>
      <source>confabd {version} started, data directory {dataDir}</source>
      <translation>confabd {version} iniciado, directorio de datos {dataDir}</translation>
    </message>
    <message>
      <source>confabd stopping ({reason})</source>
      <translation>confabd se detiene ({reason})</translation>
    </message>
    <message>
      <source>Listening on {address}:{port} ({kind})</source>
      <translation>Escuchando en {address}:{port} ({kind})</translation>
    </message>
    <message>
      <source>Cannot listen on {address}:{port} ({kind}): {reason}</source>
      <translation>No se puede escuchar en {address}:{port} ({kind}): {reason}</translation>
    </message>
    <message>
      <source>Connection from {address}</source>
      <translation>Conexión desde {address}</translation>
    </message>
    <message>
      <source>Connection from {address} closed ({jid}; {bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Conexión desde {address} cerrada ({jid}; {bytesIn} bytes recibidos, {bytesOut} bytes enviados)</translation>
    </message>
    <message>
      <source>TLS established ({protocol}, {cipher})</source>
      <translation>TLS establecido ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{jid} authenticated with {mechanism}</source>
      <translation>{jid} se autenticó con {mechanism}</translation>
    </message>
    <message>
      <source>Authentication failed for {user} from {address}: {reason}</source>
      <translation>Falló la autenticación de {user} desde {address}: {reason}</translation>
    </message>
    <message>
      <source>Resource bound: {jid}</source>
      <translation>Recurso vinculado: {jid}</translation>
    </message>
    <message>
      <source>Stream error {condition} sent to {address} ({jid}): {text}</source>
      <translation>Error de flujo {condition} enviado a {address} ({jid}): {text}</translation>
    </message>
    <message>
      <source>Connection from {address} refused: the limit of {limit} concurrent connections is reached</source>
      <translation>Conexión desde {address} rechazada: se alcanzó el límite de {limit} conexiones simultáneas</translation>
    </message>
    <message>
      <source>Connection from {address} refused: more than {limit} connections from it within a minute</source>
      <translation>Conexión desde {address} rechazada: más de {limit} conexiones desde allí en un minuto</translation>
    </message>
    <message>
      <source>Connection from {address} aborted: it does not read what is sent to it ({bytes} bytes waiting)</source>
      <translation>Conexión desde {address} interrumpida: no lee lo que se le envía ({bytes} bytes en espera)</translation>
    </message>
    <message>
      <source>Account {jid} created in-band from {address}</source>
      <translation>Cuenta {jid} creada desde un cliente en {address}</translation>
    </message>
    <message>
      <source>In-band registration of "{user}" on {domain} from {address} refused: {reason}</source>
      <translation>Registro de «{user}» en {domain} desde {address} rechazado: {reason}</translation>
    </message>
    <message>
      <source>{jid} changed its password in-band</source>
      <translation>{jid} cambió su contraseña desde el cliente</translation>
    </message>
    <message>
      <source>In-band password change of {jid} refused: {reason}</source>
      <translation>Cambio de contraseña de {jid} desde el cliente rechazado: {reason}</translation>
    </message>
    <message>
      <source>{jid} removed its account in-band</source>
      <translation>{jid} eliminó su cuenta desde el cliente</translation>
    </message>
    <message>
      <source>In-band removal of the account {jid} failed: {reason}</source>
      <translation>Falló la eliminación de la cuenta {jid} desde el cliente: {reason}</translation>
    </message>
    <message>
      <source>Control connection opened</source>
      <translation>Conexión de control abierta</translation>
    </message>
    <message>
      <source>Control connection failed to authenticate: wrong admin password ({failures} in a row)</source>
      <translation>La conexión de control no pudo autenticarse: contraseña de administrador incorrecta ({failures} seguidas)</translation>
    </message>
    <message>
      <source>Control connection authenticated</source>
      <translation>Conexión de control autenticada</translation>
    </message>
    <message>
      <source>First-run setup completed for domain {domain}</source>
      <translation>Configuración inicial completada para el dominio {domain}</translation>
    </message>
    <message>
      <source>Control connection closed</source>
      <translation>Conexión de control cerrada</translation>
    </message>
    <message>
      <source>Control socket listening on {path}</source>
      <translation>Socket de control escuchando en {path}</translation>
    </message>
    <message>
      <source>First-run setup: admin password set</source>
      <translation>Configuración inicial: contraseña de administrador establecida</translation>
    </message>
    <message>
      <source>Admin added the domain {domain}</source>
      <translation>El administrador añadió el dominio {domain}</translation>
    </message>
    <message>
      <source>Admin removed the domain {domain} and its accounts</source>
      <translation>El administrador eliminó el dominio {domain} y sus cuentas</translation>
    </message>
    <message>
      <source>Admin set {key} = {value} for the domain {domain}</source>
      <translation>El administrador estableció {key} = {value} para el dominio {domain}</translation>
    </message>
    <message>
      <source>Admin reset {key} to its default for the domain {domain}</source>
      <translation>El administrador restableció {key} al valor predeterminado para el dominio {domain}</translation>
    </message>
    <message>
      <source>Admin added the account {jid}</source>
      <translation>El administrador añadió la cuenta {jid}</translation>
    </message>
    <message>
      <source>Admin changed the password of {jid}</source>
      <translation>El administrador cambió la contraseña de {jid}</translation>
    </message>
    <message>
      <source>Admin removed the account {jid}</source>
      <translation>El administrador eliminó la cuenta {jid}</translation>
    </message>
    <message>
      <source>Admin disabled the account {jid}</source>
      <translation>El administrador desactivó la cuenta {jid}</translation>
    </message>
    <message>
      <source>Admin enabled the account {jid}</source>
      <translation>El administrador activó la cuenta {jid}</translation>
    </message>
    <message>
      <source>Admin set the global setting {key} = {value}</source>
      <translation>El administrador estableció el ajuste global {key} = {value}</translation>
    </message>
    <message>
      <source>Admin reset the global setting {key} to its default</source>
      <translation>El administrador restableció el ajuste global {key} a su valor predeterminado</translation>
    </message>
    <message>
      <source>Admin added routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>El administrador añadió la regla de enrutamiento {id}: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin changed routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>El administrador cambió la regla de enrutamiento {id}: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin removed routing rule {id} ({pattern})</source>
      <translation>El administrador eliminó la regla de enrutamiento {id} ({pattern})</translation>
    </message>
    <message>
      <source>Admin moved routing rule {id} to position {position}</source>
      <translation>El administrador movió la regla de enrutamiento {id} a la posición {position}</translation>
    </message>
    <message>
      <source>Admin required TLS with a valid certificate for {pattern}</source>
      <translation>El administrador exige TLS con un certificado válido para {pattern}</translation>
    </message>
    <message>
      <source>Admin no longer requires TLS for {pattern}</source>
      <translation>El administrador ya no exige TLS para {pattern}</translation>
    </message>
    <message>
      <source>Admin trusted the CA certificate {id}: {subject}</source>
      <translation>El administrador confía en el certificado de CA {id}: {subject}</translation>
    </message>
    <message>
      <source>Admin removed the trusted CA certificate {id}: {subject}</source>
      <translation>El administrador quitó el certificado de CA de confianza {id}: {subject}</translation>
    </message>
    <message>
      <source>Admin imported a certificate for {domain}: {subject}, valid until {expires}</source>
      <translation>El administrador importó un certificado para {domain}: {subject}, válido hasta {expires}</translation>
    </message>
    <message>
      <source>Admin disconnected the session {id}</source>
      <translation>El administrador desconectó la sesión {id}</translation>
    </message>
    <message>
      <source>Database opened: {path}</source>
      <translation>Base de datos abierta: {path}</translation>
    </message>
    <message>
      <source>Database migrated from schema version {from} to {to}</source>
      <translation>Base de datos migrada de la versión de esquema {from} a {to}</translation>
    </message>
    <message>
      <source>Database error in {operation}: {reason}</source>
      <translation>Error de base de datos en {operation}: {reason}</translation>
    </message>
    <message>
      <source>Roster or offline storage failed for {jid}: {reason}</source>
      <translation>Falló la lista de contactos o el almacén sin conexión de {jid}: {reason}</translation>
    </message>
    <message>
      <source>Offline storage of {jid} is full ({limit} messages): a message from {from} was refused</source>
      <translation>El almacén sin conexión de {jid} está lleno ({limit} mensajes): se rechazó un mensaje de {from}</translation>
    </message>
    <message>
      <source>Generated a self-signed certificate for {domain}, valid until {expires}</source>
      <translation>Se generó un certificado autofirmado para {domain}, válido hasta {expires}</translation>
    </message>
    <message>
      <source>Loaded the certificate for {domain} from {path}, valid until {expires}</source>
      <translation>Se cargó el certificado de {domain} desde {path}, válido hasta {expires}</translation>
    </message>
    <message>
      <source>Certificate for {domain} unusable: {reason}</source>
      <translation>El certificado de {domain} no se puede usar: {reason}</translation>
    </message>
    <message>
      <source>Connecting to {domain} at {host} ({address}) port {port}</source>
      <translation>Conectando con {domain} en {host} ({address}) puerto {port}</translation>
    </message>
    <message>
      <source>Could not connect to {domain} at {host} port {port}</source>
      <translation>No se pudo conectar con {domain} en {host} puerto {port}</translation>
    </message>
    <message>
      <source>TLS with {domain} established ({protocol}, {cipher}); certificate: {certificate}</source>
      <translation>TLS con {domain} establecido ({protocol}, {cipher}); certificado: {certificate}</translation>
    </message>
    <message>
      <source>{from} authenticated to {to} with {method}</source>
      <translation>{from} autenticado ante {to} con {method}</translation>
    </message>
    <message>
      <source>{to} refused SASL EXTERNAL for {from}; trying dialback</source>
      <translation>{to} rechazó SASL EXTERNAL para {from}; probando dialback</translation>
    </message>
    <message>
      <source>{to} answered dialback for {from} with {type}</source>
      <translation>{to} respondió al dialback de {from} con {type}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} failed: {reason}</source>
      <translation>Falló la conexión entre servidores con {domain}: {reason}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} closed</source>
      <translation>Conexión entre servidores con {domain} cerrada</translation>
    </message>
    <message>
      <source>Returned a stanza from {from} to {to} with {condition}: {reason}</source>
      <translation>Stanza de {from} a {to} devuelta con {condition}: {reason}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from} to {to})</source>
      <translation>Conexión de servidor desde {address} ({from} a {to})</translation>
    </message>
    <message>
      <source>TLS with {from} established ({protocol}, {cipher})</source>
      <translation>TLS con {from} establecido ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{from} authenticated for {to} with {method}</source>
      <translation>{from} autenticado para {to} con {method}</translation>
    </message>
    <message>
      <source>Refused {from} for {to}: {reason}</source>
      <translation>{from} rechazado para {to}: {reason}</translation>
    </message>
    <message>
      <source>Dialback key check from {from} for {to}: valid {valid}</source>
      <translation>Comprobación de clave dialback de {from} para {to}: válida {valid}</translation>
    </message>
    <message>
      <source>Server stream from {address} ({domain}) ended with {condition}: {text}</source>
      <translation>El flujo de servidor desde {address} ({domain}) terminó con {condition}: {text}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from}) closed ({bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Conexión de servidor desde {address} ({from}) cerrada ({bytesIn} bytes recibidos, {bytesOut} bytes enviados)</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Bytes confabd queues for one connection whose peer does not read what is sent to it; beyond that the connection is closed, so a client that stops reading cannot make the server hold its traffic without bound.</source>
      <translation>Bytes que confabd retiene para una conexión cuyo interlocutor no lee lo que se le envía; por encima de eso se cierra la conexión, para que un cliente que deja de leer no haga que el servidor guarde su tráfico sin límite.</translation>
    </message>
    <message>
      <source>New connections one network address (an IPv6 /64 counts as one) may open within a minute; further ones are refused with a resource-constraint stream error. 0 removes the limit.</source>
      <translation>Conexiones nuevas que una dirección de red (una red IPv6 /64 cuenta como una) puede abrir en un minuto; las siguientes se rechazan con el error de flujo resource-constraint. 0 elimina el límite.</translation>
    </message>
    <message>
      <source>Stanzas per second one client connection may send (bursts of twice as many are allowed); a faster client is slowed down by reading its stream later, without affecting others. 0 removes the limit.</source>
      <translation>Stanzas por segundo que puede enviar una conexión de cliente (se permiten ráfagas del doble); un cliente más rápido se frena leyendo su flujo más tarde, sin afectar a los demás. 0 elimina el límite.</translation>
    </message>
    <message>
      <source>Most attributes (namespace declarations included) one XML element may carry; an element with more is treated like an oversized stanza.</source>
      <translation>Máximo de atributos (declaraciones de espacio de nombres incluidas) de un elemento XML; un elemento con más se trata como una stanza demasiado grande.</translation>
    </message>
    <message>
      <source>Longest attribute value accepted, in characters; a longer one is treated like an oversized stanza.</source>
      <translation>Valor de atributo más largo aceptado, en caracteres; uno más largo se trata como una stanza demasiado grande.</translation>
    </message>
    <message>
      <source>Most contacts one account's roster may hold; adding more is refused with a resource-constraint error.</source>
      <translation>Máximo de contactos en la lista de una cuenta; añadir más se rechaza con el error resource-constraint.</translation>
    </message>
    <message>
      <source>Longest request, in bytes, that the manager or confabctl may send over the control socket (a certificate import carries the PEM files, usually a few kilobytes). A longer request is answered with an error; the connection stays usable. Applies to control connections opened afterwards.</source>
      <translation>Solicitud más larga, en bytes, que el gestor o confabctl pueden enviar por el socket de control (una importación de certificado lleva los archivos PEM, normalmente unos pocos kilobytes). Una solicitud más larga se responde con un error; la conexión sigue utilizable. Se aplica a las conexiones de control abiertas después.</translation>
    </message>
    <message>
      <source>Maximum number of concurrent connections (clients and servers together). Connections beyond it are refused until others close.</source>
      <translation>Número máximo de conexiones simultáneas (clientes y servidores juntos). Las conexiones que lo superen se rechazan hasta que otras se cierren.</translation>
    </message>
    <message>
      <source>Threads that do the network work of connections (reading, writing, TLS encryption) beside the main thread, which handles the XMPP side. -1 chooses: one for each processor beyond the first, at most 4, and none on a single processor. 0 does everything on the main thread. Takes effect when confabd restarts.</source>
      <translation>Hilos que hacen el trabajo de red de las conexiones (lectura, escritura, cifrado TLS) junto al hilo principal, que se ocupa de la parte XMPP. -1 elige: uno por cada procesador además del primero, como máximo 4, y ninguno con un solo procesador. 0 lo hace todo en el hilo principal. Se aplica cuando confabd se reinicia.</translation>
    </message>
    <message>
      <source>How much confabd logs: nothing; major (start, stop, failures of a whole service); problems (also errors caused by a client, a peer server or the configuration); low (also connections, authentication and routing decisions); all (also every stanza).</source>
      <translation>Cuánto registra confabd: nothing – nada; major – inicio, parada, fallos de un servicio completo; problems – también errores causados por un cliente, otro servidor o la configuración; low – también conexiones, autenticaciones y decisiones de enrutamiento; all – también cada stanza.</translation>
    </message>
    <message>
      <source>IP address the XMPP listeners bind to. "::" means every IPv4 and IPv6 address of this machine, "0.0.0.0" every IPv4 address only; or give one address of this machine.</source>
      <translation>Dirección IP en la que escuchan los servicios XMPP. "::" significa todas las direcciones IPv4 e IPv6 de este equipo, "0.0.0.0" solo todas las IPv4; o indique una dirección de este equipo.</translation>
    </message>
    <message>
      <source>TCP port for client connections (STARTTLS).</source>
      <translation>Puerto TCP para conexiones de clientes (STARTTLS).</translation>
    </message>
    <message>
      <source>TCP port for connections from other XMPP servers.</source>
      <translation>Puerto TCP para conexiones de otros servidores XMPP.</translation>
    </message>
    <message>
      <source>TCP port for client connections that start with TLS directly (XEP-0368).</source>
      <translation>Puerto TCP para conexiones de clientes que empiezan directamente con TLS (XEP-0368).</translation>
    </message>
    <message>
      <source>Clients must set up TLS before they authenticate. Turning this off lets passwords and messages cross the network unencrypted; only for tests on a trusted network.</source>
      <translation>Los clientes deben establecer TLS antes de autenticarse. Si se desactiva, contraseñas y mensajes cruzan la red sin cifrar; solo para pruebas en una red de confianza.</translation>
    </message>
    <message>
      <source>Largest stanza accepted, in bytes. A client or server that sends a larger one gets a policy-violation stream error and is disconnected.</source>
      <translation>Stanza más grande aceptada, en bytes. Un cliente o servidor que envíe una mayor recibe un error de flujo policy-violation y se desconecta.</translation>
    </message>
    <message>
      <source>Deepest nesting of XML elements accepted in a stream; deeper input is treated like an oversized stanza.</source>
      <translation>Anidamiento máximo de elementos XML aceptado en un flujo; una entrada más profunda se trata como una stanza demasiado grande.</translation>
    </message>
    <message>
      <source>Seconds a new client connection has to authenticate before it is closed.</source>
      <translation>Segundos que tiene una nueva conexión de cliente para autenticarse antes de cerrarse.</translation>
    </message>
    <message>
      <source>Seconds without any data from an authenticated client after which its connection is closed (clients send keep-alives well within this).</source>
      <translation>Segundos sin datos de un cliente autenticado tras los que se cierra su conexión (los clientes envían keep-alives con mucha más frecuencia).</translation>
    </message>
    <message>
      <source>Milliseconds to wait before answering a failed authentication, to slow down password guessing.</source>
      <translation>Milisegundos de espera antes de responder a una autenticación fallida, para frenar la adivinación de contraseñas.</translation>
    </message>
    <message>
      <source>Seconds without traffic after which a connection to or from another server is closed; it is reopened when needed.</source>
      <translation>Segundos sin tráfico tras los que se cierra una conexión hacia o desde otro servidor; se vuelve a abrir cuando hace falta.</translation>
    </message>
    <message>
      <source>Seconds stanzas for a remote domain wait while the connection to it is set up; after that they are returned to their senders with an error.</source>
      <translation>Segundos que esperan las stanzas para un dominio remoto mientras se establece la conexión; después se devuelven a sus remitentes con un error.</translation>
    </message>
    <message>
      <source>IP address of the DNS server used to look up other XMPP servers. Empty: the system's resolver configuration.</source>
      <translation>Dirección IP del servidor DNS usado para buscar otros servidores XMPP. Vacío: la configuración DNS del sistema.</translation>
    </message>
    <message>
      <source>Leave the operating system out of software version answers (XEP-0092).</source>
      <translation>No incluir el sistema operativo en las respuestas de versión de software (XEP-0092).</translation>
    </message>
    <message>
      <source>Messages kept for a user while they are offline; further messages are refused with an error to the sender. 0 turns offline storage off.</source>
      <translation>Mensajes guardados para un usuario mientras está desconectado; los siguientes se rechazan con un error para el remitente. 0 desactiva el almacén sin conexión.</translation>
    </message>
    <message>
      <source>Accounts one network address (an IPv6 /64 counts as one) may create in-band within an hour on domains with free registration; further attempts are refused. 0 removes the limit.</source>
      <translation>Cuentas que una dirección de red (una red IPv6 /64 cuenta como una) puede crear desde un cliente en una hora en dominios con registro libre; los intentos siguientes se rechazan. 0 elimina el límite.</translation>
    </message>
    <message>
      <source>The domain is served. A disabled domain keeps its accounts and data but accepts no logins and no stanzas.</source>
      <translation>El dominio está en servicio. Un dominio desactivado conserva sus cuentas y datos, pero no acepta inicios de sesión ni stanzas.</translation>
    </message>
    <message>
      <source>Anyone may create an account on this domain from an XMPP client (XEP-0077). Leave off unless the server is meant to be public: open registration attracts spammers.</source>
      <translation>Cualquiera puede crear una cuenta en este dominio desde un cliente XMPP (XEP-0077). Déjelo desactivado salvo que el servidor deba ser público: el registro abierto atrae a los spammers.</translation>
    </message>
    <message>
      <source>Users may change their own password from their client (XEP-0077).</source>
      <translation>Los usuarios pueden cambiar su propia contraseña desde su cliente (XEP-0077).</translation>
    </message>
    <message>
      <source>Clients may log in without an account (SASL ANONYMOUS) and get a temporary address on this domain.</source>
      <translation>Los clientes pueden iniciar sesión sin cuenta (SASL ANONYMOUS) y obtienen una dirección temporal en este dominio.</translation>
    </message>
    <message>
      <source>Also accept old authentication methods: non-SASL login (XEP-0078, jabber:iq:auth), CRAM-MD5 and DIGEST-MD5. They need each password stored in a reversible form next to the salted SCRAM keys, so a stolen database reveals the passwords. Passwords set while this is off work with these methods only after they are set again. Enable only for old clients that cannot use SCRAM.</source>
      <translation>Aceptar también métodos de autenticación antiguos: inicio de sesión sin SASL (XEP-0078, jabber:iq:auth), CRAM-MD5 y DIGEST-MD5. Requieren guardar cada contraseña de forma reversible junto a las claves SCRAM con sal, así que una base de datos robada revela las contraseñas. Las contraseñas establecidas mientras esto está desactivado solo funcionan con estos métodos tras volver a establecerse. Actívelo solo para clientes antiguos que no admiten SCRAM.</translation>
    </message>
    <message>
      <source>SASL mechanisms offered to clients, most preferred first. The -PLUS variants bind the login to the TLS connection. CRAM-MD5 and DIGEST-MD5 take effect only with auth.legacy on; ANONYMOUS is controlled by auth.anonymous.</source>
      <translation>Mecanismos SASL ofrecidos a los clientes, el preferido primero. Las variantes -PLUS vinculan el inicio de sesión a la conexión TLS. CRAM-MD5 y DIGEST-MD5 solo se aplican con auth.legacy activado; ANONYMOUS se controla con auth.anonymous.</translation>
    </message>
    <message>
      <source>Additional addresses listed in this domain's service discovery items (XEP-0030), for example a gateway or a service that runs elsewhere.</source>
      <translation>Direcciones adicionales listadas en los elementos de descubrimiento de servicios de este dominio (XEP-0030), por ejemplo una pasarela o un servicio que funciona en otro lugar.</translation>
    </message>
    <message>
      <source>PEM file with this domain's certificate chain, inside the data directory. Empty: confabd generates a self-signed certificate.</source>
      <translation>Archivo PEM con la cadena de certificados de este dominio, dentro del directorio de datos. Vacío: confabd genera un certificado autofirmado.</translation>
    </message>
    <message>
      <source>Stanzas that may wait for one pair of local and remote domain while the connection is set up; further stanzas are returned to their senders with an error.</source>
      <translation>Stanzas que pueden esperar por cada par de dominio local y remoto mientras se establece la conexión; las siguientes se devuelven a sus remitentes con un error.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectPage</name>
    <message>
      <source>Connect to confabd</source>
      <translation>Conectar con confabd</translation>
    </message>
    <message>
      <source>The manager talks to the Confab service on this computer through its control socket.</source>
      <translation>El administrador se comunica con el servicio Confab de este equipo mediante su socket de control.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Examinar…</translation>
    </message>
    <message>
      <source>Control socket:</source>
      <translation>Socket de control:</translation>
    </message>
    <message>
      <source>Admin password:</source>
      <translation>Contraseña de administrador:</translation>
    </message>
    <message>
      <source>Remember the password in the system keychain</source>
      <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>Conectar</translation>
    </message>
    <message>
      <source>Choose the control socket</source>
      <translation>Elegir el socket de control</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectionsPage</name>
    <message>
      <source>Connections</source>
      <translation>Conexiones</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Address (JID or domain)</source>
      <translation>Dirección (JID o dominio)</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Origen</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Cifrado</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>Desconectar</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <source>client</source>
      <translation>cliente</translation>
    </message>
    <message>
      <source>server</source>
      <translation>servidor</translation>
    </message>
    <message>
      <source>not yet known</source>
      <translation>aún desconocido</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>con sesión iniciada</translation>
    </message>
    <message>
      <source>negotiating</source>
      <translation>negociando</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>Session %1 was disconnected.</source>
      <translation>La sesión %1 se desconectó.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <translation>Panel</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n día</numerusform>
        <numerusform>%n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n hora</numerusform>
        <numerusform>%n horas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minutos</numerusform>
      </translation>
    </message>
    <message>
      <source>Listening ports</source>
      <translation>Puertos en escucha</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Puerto</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Certificados</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Dominio</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Válido hasta</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Emitido por</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Nombres</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <source>running, %1</source>
      <translation>en ejecución, %1</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>Tiempo activo</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>Dominios</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>Cuentas de usuario</translation>
    </message>
    <message>
      <source>Open connections</source>
      <translation>Conexiones abiertas</translation>
    </message>
    <message>
      <source>Logged-in sessions</source>
      <translation>Sesiones iniciadas</translation>
    </message>
    <message>
      <source>Data directory</source>
      <translation>Directorio de datos</translation>
    </message>
    <message>
      <source>clients and servers, direct TLS</source>
      <translation>clientes y servidores, TLS directo</translation>
    </message>
    <message>
      <source>clients and servers (STARTTLS)</source>
      <translation>clientes y servidores (STARTTLS)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>autofirmado</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>una autoridad de certificación</translation>
    </message>
    <message>
      <source>The certificate of %1 has expired. Clients and servers will refuse to connect.</source>
      <translation>El certificado de %1 ha caducado. Clientes y servidores rechazarán la conexión.</translation>
    </message>
    <message numerus="yes">
      <source>The certificate of %1 expires in %n day(s).</source>
      <translation>
        <numerusform>El certificado de %1 caduca en %n día.</numerusform>
        <numerusform>El certificado de %1 caduca en %n días.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 uses a self-signed certificate: other servers and most clients will not trust it. Import one from a certificate authority on the Security page.</source>
      <translation>%1 usa un certificado autofirmado: otros servidores y la mayoría de los clientes no confiarán en él. Importe uno de una autoridad de certificación en la página Seguridad.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DomainsPage</name>
    <message>
      <source>Domains</source>
      <translation>Dominios</translation>
    </message>
    <message>
      <source>example.com</source>
      <translation>example.com</translation>
    </message>
    <message>
      <source>Add domain</source>
      <translation>Añadir dominio</translation>
    </message>
    <message>
      <source>Remove domain…</source>
      <translation>Eliminar dominio…</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Aplicar cambios</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n user(s))</source>
      <translation>
        <numerusform>%1 (%n usuario)</numerusform>
        <numerusform>%1 (%n usuarios)</numerusform>
      </translation>
    </message>
    <message>
      <source>Add a domain to host it.</source>
      <translation>Añada un dominio para alojarlo.</translation>
    </message>
    <message>
      <source>Settings of %1</source>
      <translation>Ajustes de %1</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>«%1» no es un nombre de dominio válido.</translation>
    </message>
    <message>
      <source>%1 is now hosted. confabd created a self-signed certificate for it.</source>
      <translation>%1 ya está alojado. confabd creó un certificado autofirmado para él.</translation>
    </message>
    <message>
      <source>Remove domain</source>
      <translation>Eliminar dominio</translation>
    </message>
    <message>
      <source>Stop hosting %1 and delete all of its user accounts? This cannot be undone.</source>
      <translation>¿Dejar de alojar %1 y eliminar todas sus cuentas de usuario? Esto no se puede deshacer.</translation>
    </message>
    <message>
      <source>%1 is no longer hosted.</source>
      <translation>%1 ya no está alojado.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Algunos valores no son válidos; están marcados. No se cambió nada.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Nada que cambiar.</translation>
    </message>
    <message>
      <source>The settings of %1 were saved.</source>
      <translation>Se guardaron los ajustes de %1.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::LogsPage</name>
    <message>
      <source>Logs</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nada</translation>
    </message>
    <message>
      <source>major</source>
      <translation>importante</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>problema</translation>
    </message>
    <message>
      <source>low level</source>
      <translation>bajo nivel</translation>
    </message>
    <message>
      <source>detail</source>
      <translation>detalle</translation>
    </message>
    <message>
      <source>Major events only</source>
      <translation>Solo eventos importantes</translation>
    </message>
    <message>
      <source>Problems and major events</source>
      <translation>Problemas y eventos importantes</translation>
    </message>
    <message>
      <source>Also low-level events</source>
      <translation>También eventos de bajo nivel</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Todo</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Todas las etiquetas</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>Filtrar texto</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>Seguir</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Etiqueta</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Conexión</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>Exportar registro</translation>
    </message>
    <message>
      <source>Text files (*.txt);;All files (*)</source>
      <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>The log was saved to %1.</source>
      <translation>El registro se guardó en %1.</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>No se puede escribir %1: %2</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::MainWindow</name>
    <message>
      <source>Confab Manager</source>
      <translation>Confab Manager</translation>
    </message>
    <message>
      <source>&amp;Server</source>
      <translation>&amp;Servidor</translation>
    </message>
    <message>
      <source>Connect to another server…</source>
      <translation>Conectar con otro servidor…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>About Confab Manager</source>
      <translation>Acerca de Confab Manager</translation>
    </message>
    <message>
      <source>Confab Manager %1: set-up and administration of the Confab XMPP server.</source>
      <translation>Confab Manager %1: instalación y administración del servidor XMPP Confab.</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>Conectando con %1…</translation>
    </message>
    <message>
      <source>Connected to %1. Enter the admin password.</source>
      <translation>Conectado a %1. Escriba la contraseña de administrador.</translation>
    </message>
    <message>
      <source>The manager reconnects on its own when confabd is back.</source>
      <translation>El administrador se reconecta solo cuando confabd vuelve.</translation>
    </message>
    <message>
      <source>Connected to %1 (%2)</source>
      <translation>Conectado a %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::PasswordVault</name>
    <message>
      <source>The system keychain cannot be used (%1). The manager works without it, but asks for the password each time.</source>
      <translation>No se puede usar el llavero del sistema (%1). El administrador funciona sin él, pero pide la contraseña cada vez.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::RoutingPage</name>
    <message>
      <source>Routing</source>
      <translation>Enrutamiento</translation>
    </message>
    <message>
      <source>refuse</source>
      <translation>rechazar</translation>
    </message>
    <message>
      <source>relay to %1</source>
      <translation>retransmitir por %1</translation>
    </message>
    <message>
      <source>Traffic to other servers normally goes to the servers their DNS names. These rules override that: the first rule whose pattern matches the remote domain decides. Drag rules to change their order. * stands for any characters.</source>
      <translation>El tráfico hacia otros servidores va normalmente a los servidores que indica su DNS. Estas reglas lo sustituyen: decide la primera regla cuyo patrón coincide con el dominio remoto. Arrastre las reglas para cambiar su orden. * representa cualquier carácter.</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Patrón</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comentario</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regla</translation>
    </message>
    <message>
      <source>Relay through another server</source>
      <translation>Retransmitir por otro servidor</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>Rechazar</translation>
    </message>
    <message>
      <source>default (5269)</source>
      <translation>predeterminado (5269)</translation>
    </message>
    <message>
      <source>Remote domain pattern:</source>
      <translation>Patrón de dominio remoto:</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Acción:</translation>
    </message>
    <message>
      <source>Relay host:</source>
      <translation>Host de retransmisión:</translation>
    </message>
    <message>
      <source>Relay port:</source>
      <translation>Puerto de retransmisión:</translation>
    </message>
    <message>
      <source>Comment:</source>
      <translation>Comentario:</translation>
    </message>
    <message>
      <source>Add rule</source>
      <translation>Añadir regla</translation>
    </message>
    <message>
      <source>Save selected rule</source>
      <translation>Guardar la regla seleccionada</translation>
    </message>
    <message>
      <source>Remove selected rule</source>
      <translation>Eliminar la regla seleccionada</translation>
    </message>
    <message>
      <source>Test a domain</source>
      <translation>Probar un dominio</translation>
    </message>
    <message>
      <source>Remote domain, e.g. %1</source>
      <translation>Dominio remoto, p. ej. %1</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Probar</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>Eliminar regla</translation>
    </message>
    <message>
      <source>Remove the selected rule?</source>
      <translation>¿Eliminar la regla seleccionada?</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Use un nombre de dominio donde * representa cualquier carácter, p. ej. *.example.com.</translation>
    </message>
    <message>
      <source>Give the host name or IP address of the relay server.</source>
      <translation>Indique el nombre de host o la dirección IP del servidor de retransmisión.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Algunos valores no son válidos; están marcados. No se cambió nada.</translation>
    </message>
    <message>
      <source>Rule for %1 added.</source>
      <translation>Regla para %1 añadida.</translation>
    </message>
    <message>
      <source>Select a rule first.</source>
      <translation>Seleccione primero una regla.</translation>
    </message>
    <message>
      <source>Rule saved.</source>
      <translation>Regla guardada.</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>«%1» no es un nombre de dominio válido.</translation>
    </message>
    <message>
      <source>%1 matches rule %2 (%3): %4.</source>
      <translation>%1 coincide con la regla %2 (%3): %4.</translation>
    </message>
    <message>
      <source>No rule matches %1: confabd looks up its servers in DNS (SRV records).</source>
      <translation>Ninguna regla coincide con %1: confabd busca sus servidores en el DNS (registros SRV).</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SecurityPage</name>
    <message>
      <source>Security</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <source>Send encrypted only</source>
      <translation>Enviar solo cifrado</translation>
    </message>
    <message>
      <source>confabd talks to these remote domains only over TLS with a valid certificate.</source>
      <translation>confabd solo habla con estos dominios remotos mediante TLS con un certificado válido.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Añadir</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Trusted certificate authorities</source>
      <translation>Autoridades de certificación de confianza</translation>
    </message>
    <message>
      <source>Trusted for server-to-server TLS in addition to the system's.</source>
      <translation>De confianza para TLS entre servidores, además de las del sistema.</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Sujeto</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Válido hasta</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Add from file…</source>
      <translation>Añadir desde archivo…</translation>
    </message>
    <message>
      <source>Certificates of the hosted domains</source>
      <translation>Certificados de los dominios alojados</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Dominio</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Emitido por</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Nombres</translation>
    </message>
    <message>
      <source>Import certificate…</source>
      <translation>Importar certificado…</translation>
    </message>
    <message>
      <source>Trust a CA certificate</source>
      <translation>Confiar en un certificado de CA</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>autofirmado</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>una autoridad de certificación</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Use un nombre de dominio donde * representa cualquier carácter, p. ej. *.example.com.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>No se puede leer %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) added.</source>
      <translation>
        <numerusform>%n certificado añadido.</numerusform>
        <numerusform>%n certificados añadidos.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 now uses the certificate for %2.</source>
      <translation>%1 usa ahora el certificado de %2.</translation>
    </message>
    <message>
      <source>Import certificate</source>
      <translation>Importar certificado</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Elegir un archivo</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Certificados y claves (*.pem *.crt *.key *.pfx *.p12);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Examinar…</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Dominio:</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Certificado (PEM o PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Clave privada (PEM; no para PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Frase de contraseña (PFX o clave cifrada):</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::Session</name>
    <message>
      <source>confabd is not running: there is no control socket at %1. Start the Confab service; the manager connects as soon as it is up.</source>
      <translation>confabd no está en ejecución: no hay socket de control en %1. Inicie el servicio Confab; el administrador se conecta en cuanto esté activo.</translation>
    </message>
    <message>
      <source>confabd refused the connection at %1. It may be stopping or starting; the manager keeps trying.</source>
      <translation>confabd rechazó la conexión en %1. Puede que se esté deteniendo o iniciando; el administrador sigue intentándolo.</translation>
    </message>
    <message>
      <source>You may not open %1. Add your user to the group "confab" (then log in again) or run the manager as confabd's user.</source>
      <translation>No tiene permiso para abrir %1. Añada su usuario al grupo "confab" (y vuelva a iniciar sesión) o ejecute el administrador como el usuario de confabd.</translation>
    </message>
    <message>
      <source>The connection to confabd was lost. Reconnecting…</source>
      <translation>Se perdió la conexión con confabd. Reconectando…</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>La contraseña de administrador es incorrecta.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsForm</name>
    <message>
      <source>Outgoing server queue (stanzas)</source>
      <translation>Cola hacia otros servidores (stanzas)</translation>
    </message>
    <message>
      <source>Client send buffer (bytes)</source>
      <translation>Búfer de envío por cliente (bytes)</translation>
    </message>
    <message>
      <source>New connections per address per minute</source>
      <translation>Conexiones nuevas por dirección y minuto</translation>
    </message>
    <message>
      <source>Stanzas per second per client</source>
      <translation>Stanzas por segundo por cliente</translation>
    </message>
    <message>
      <source>Attributes per element</source>
      <translation>Atributos por elemento</translation>
    </message>
    <message>
      <source>Largest attribute value (bytes)</source>
      <translation>Valor de atributo más grande (bytes)</translation>
    </message>
    <message>
      <source>Contacts per user</source>
      <translation>Contactos por usuario</translation>
    </message>
    <message>
      <source>Largest admin request (bytes)</source>
      <translation>Solicitud de administración más grande (bytes)</translation>
    </message>
    <message>
      <source>Network threads</source>
      <translation>Hilos de red</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automático</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation>Nada</translation>
    </message>
    <message>
      <source>Major events</source>
      <translation>Eventos importantes</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problemas</translation>
    </message>
    <message>
      <source>Low level</source>
      <translation>Bajo nivel</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todo</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. %1</source>
      <translation>Separados por comas, p. ej. %1</translation>
    </message>
    <message>
      <source>Connection limit</source>
      <translation>Límite de conexiones</translation>
    </message>
    <message>
      <source>Log level</source>
      <translation>Nivel de registro</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>Dirección de escucha</translation>
    </message>
    <message>
      <source>Client port</source>
      <translation>Puerto de clientes</translation>
    </message>
    <message>
      <source>Server-to-server port</source>
      <translation>Puerto entre servidores</translation>
    </message>
    <message>
      <source>Client port (direct TLS)</source>
      <translation>Puerto de clientes (TLS directo)</translation>
    </message>
    <message>
      <source>Clients must use TLS</source>
      <translation>Los clientes deben usar TLS</translation>
    </message>
    <message>
      <source>Largest stanza (bytes)</source>
      <translation>Stanza más grande (bytes)</translation>
    </message>
    <message>
      <source>Deepest XML nesting</source>
      <translation>Anidamiento XML máximo</translation>
    </message>
    <message>
      <source>Login timeout (seconds)</source>
      <translation>Tiempo para iniciar sesión (segundos)</translation>
    </message>
    <message>
      <source>Client idle timeout (seconds)</source>
      <translation>Inactividad de clientes (segundos)</translation>
    </message>
    <message>
      <source>Delay after a failed login (ms)</source>
      <translation>Espera tras un inicio de sesión fallido (ms)</translation>
    </message>
    <message>
      <source>Server idle timeout (seconds)</source>
      <translation>Inactividad de servidores (segundos)</translation>
    </message>
    <message>
      <source>Queue timeout for remote servers (seconds)</source>
      <translation>Espera en cola para servidores remotos (segundos)</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>Servidor DNS</translation>
    </message>
    <message>
      <source>Hide the operating system in version answers</source>
      <translation>Ocultar el sistema operativo en las respuestas de versión</translation>
    </message>
    <message>
      <source>Offline messages kept per user</source>
      <translation>Mensajes sin conexión por usuario</translation>
    </message>
    <message>
      <source>New accounts per address and hour</source>
      <translation>Cuentas nuevas por dirección y hora</translation>
    </message>
    <message>
      <source>Domain is served</source>
      <translation>El dominio está en servicio</translation>
    </message>
    <message>
      <source>Free registration from XMPP clients</source>
      <translation>Registro libre desde clientes XMPP</translation>
    </message>
    <message>
      <source>Users may change their password</source>
      <translation>Los usuarios pueden cambiar su contraseña</translation>
    </message>
    <message>
      <source>Anonymous login</source>
      <translation>Inicio de sesión anónimo</translation>
    </message>
    <message>
      <source>Old authentication methods</source>
      <translation>Métodos de autenticación antiguos</translation>
    </message>
    <message>
      <source>SASL methods allowed</source>
      <translation>Métodos SASL permitidos</translation>
    </message>
    <message>
      <source>Extra service discovery items</source>
      <translation>Elementos adicionales de descubrimiento</translation>
    </message>
    <message>
      <source>Certificate file</source>
      <translation>Archivo de certificado</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revertir</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Aplicar cambios</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Algunos valores no son válidos; están marcados. No se cambió nada.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Nada que cambiar.</translation>
    </message>
    <message>
      <source>Settings saved. New ports and the listen address take effect when confabd restarts.</source>
      <translation>Ajustes guardados. Los nuevos puertos y la dirección de escucha se aplican cuando confabd se reinicia.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Ajustes guardados.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SetupWizard</name>
    <message>
      <source>Set up Confab</source>
      <translation>Configurar Confab</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Finalizar</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>Siguiente &gt;</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; Atrás</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>«%1» no es un nombre de dominio válido.</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>Configurando…</translation>
    </message>
    <message>
      <source>The admin password is set, but a later step failed: %1 Finish the remaining settings on the manager's pages.</source>
      <translation>La contraseña de administrador está establecida, pero falló un paso posterior: %1 Complete los ajustes restantes en las páginas del administrador.</translation>
    </message>
    <message>
      <source>Copy records</source>
      <translation>Copiar registros</translation>
    </message>
    <message>
      <source>Your XMPP domain</source>
      <translation>Su dominio XMPP</translation>
    </message>
    <message>
      <source>Addresses will look like user@domain. Usually this is your company's domain name.</source>
      <translation>Las direcciones tendrán la forma user@domain. Normalmente es el nombre de dominio de su empresa.</translation>
    </message>
    <message>
      <source>Domain name:</source>
      <translation>Nombre de dominio:</translation>
    </message>
    <message>
      <source>Host name of this server:</source>
      <translation>Nombre de host de este servidor:</translation>
    </message>
    <message>
      <source>Publish these DNS SRV records in your domain's DNS zone so that clients and other servers find this server:</source>
      <translation>Publique estos registros DNS SRV en la zona DNS de su dominio para que clientes y otros servidores encuentren este servidor:</translation>
    </message>
    <message>
      <source>“%1” is not a valid host name.</source>
      <translation>«%1» no es un nombre de host válido.</translation>
    </message>
    <message>
      <source>Admin password</source>
      <translation>Contraseña de administrador</translation>
    </message>
    <message>
      <source>The manager and confabctl ask for this password. Use at least 8 characters.</source>
      <translation>El administrador y confabctl piden esta contraseña. Use al menos 8 caracteres.</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Contraseña:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Repita la contraseña:</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Certificado</translation>
    </message>
    <message>
      <source>Clients and servers check this certificate when they connect with TLS.</source>
      <translation>Clientes y servidores comprueban este certificado al conectarse con TLS.</translation>
    </message>
    <message>
      <source>Generate a self-signed certificate now (replace it later)</source>
      <translation>Generar ahora un certificado autofirmado (sustituirlo más tarde)</translation>
    </message>
    <message>
      <source>Import a certificate from a certificate authority</source>
      <translation>Importar un certificado de una autoridad de certificación</translation>
    </message>
    <message>
      <source>Other servers and most clients do not trust a self-signed certificate.</source>
      <translation>Otros servidores y la mayoría de los clientes no confían en un certificado autofirmado.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Examinar…</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Elegir un archivo</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Certificados y claves (*.pem *.crt *.key *.pfx *.p12);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Certificado (PEM o PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Clave privada (PEM; no para PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Frase de contraseña (PFX o clave cifrada):</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>Puertos</translation>
    </message>
    <message>
      <source>The standard ports suit almost every installation. Open them in your firewall.</source>
      <translation>Los puertos estándar sirven para casi cualquier instalación. Ábralos en su cortafuegos.</translation>
    </message>
    <message>
      <source>Clients (STARTTLS):</source>
      <translation>Clientes (STARTTLS):</translation>
    </message>
    <message>
      <source>Other servers:</source>
      <translation>Otros servidores:</translation>
    </message>
    <message>
      <source>Clients (direct TLS):</source>
      <translation>Clientes (TLS directo):</translation>
    </message>
    <message>
      <source>Each port must be different.</source>
      <translation>Cada puerto debe ser distinto.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Who may create accounts?</source>
      <translation>¿Quién puede crear cuentas?</translation>
    </message>
    <message>
      <source>Anyone may create an account from an XMPP client (free registration)</source>
      <translation>Cualquiera puede crear una cuenta desde un cliente XMPP (registro libre)</translation>
    </message>
    <message>
      <source>Leave this off unless the server is meant to be public: open registration attracts spammers. You add accounts on the Users page.</source>
      <translation>Déjelo desactivado salvo que el servidor deba ser público: el registro abierto atrae a los spammers. Las cuentas se añaden en la página Usuarios.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>Finish sets up confabd with these values.</source>
      <translation>Finalizar configura confabd con estos valores.</translation>
    </message>
    <message>
      <source>DNS SRV records to publish:</source>
      <translation>Registros DNS SRV que publicar:</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Dominio:</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>Certificado:</translation>
    </message>
    <message>
      <source>imported from %1</source>
      <translation>importado de %1</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>autofirmado</translation>
    </message>
    <message>
      <source>Ports:</source>
      <translation>Puertos:</translation>
    </message>
    <message>
      <source>clients %1, servers %2, direct TLS %3</source>
      <translation>clientes %1, servidores %2, TLS directo %3</translation>
    </message>
    <message>
      <source>Free registration:</source>
      <translation>Registro libre:</translation>
    </message>
    <message>
      <source>on</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>off</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::UsersPage</name>
    <message>
      <source>Users</source>
      <translation>Usuarios</translation>
    </message>
    <message>
      <source>Address (user@domain):</source>
      <translation>Dirección (user@domain):</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Contraseña:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Repita la contraseña:</translation>
    </message>
    <message>
      <source>Search user names</source>
      <translation>Buscar nombres de usuario</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Dominio:</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Creado</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>Añadir usuario…</translation>
    </message>
    <message>
      <source>Set password…</source>
      <translation>Establecer contraseña…</translation>
    </message>
    <message>
      <source>Disable / enable</source>
      <translation>Desactivar / activar</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Remove user</source>
      <translation>Eliminar usuario</translation>
    </message>
    <message>
      <source>Delete the account %1 and everything stored for it?</source>
      <translation>¿Eliminar la cuenta %1 y todo lo guardado para ella?</translation>
    </message>
    <message>
      <source>All domains</source>
      <translation>Todos los dominios</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>desactivado</translation>
    </message>
    <message>
      <source>active</source>
      <translation>activo</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>Añadir usuario</translation>
    </message>
    <message>
      <source>Select a user first.</source>
      <translation>Seleccione primero un usuario.</translation>
    </message>
    <message>
      <source>Set password</source>
      <translation>Establecer contraseña</translation>
    </message>
    <message>
      <source>“%1” is not an address of the form user@domain.</source>
      <translation>«%1» no es una dirección de la forma user@domain.</translation>
    </message>
    <message>
      <source>The account %1 was created.</source>
      <translation>Se creó la cuenta %1.</translation>
    </message>
    <message>
      <source>The password of %1 was changed.</source>
      <translation>Se cambió la contraseña de %1.</translation>
    </message>
    <message>
      <source>%1 can no longer log in.</source>
      <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
      <source>%1 can log in again.</source>
      <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
      <source>The account %1 was deleted.</source>
      <translation>Se eliminó la cuenta %1.</translation>
    </message>
  </context>
</TS>
