<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
  <context>
    <name>CertificateFile</name>
    <message>
      <source>Cannot read %1.</source>
      <translation>Não é possível ler %1.</translation>
    </message>
    <message>
      <source>The PFX file could not be opened: it is damaged or the passphrase is wrong.</source>
      <translation>Não foi possível abrir o arquivo PFX: ele está danificado ou a frase secreta está errada.</translation>
    </message>
    <message>
      <source>%1 does not contain a PEM certificate.</source>
      <translation>%1 não contém um certificado PEM.</translation>
    </message>
    <message>
      <source>No private key was found, or its passphrase is wrong.</source>
      <translation>Nenhuma chave privada foi encontrada, ou a frase secreta está errada.</translation>
    </message>
    <message>
      <source>The certificate expired on %1.</source>
      <translation>O certificado expirou em %1.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>confabd is not running.</source>
      <translation>O confabd não está em execução.</translation>
    </message>
    <message>
      <source>confabd refused the connection.</source>
      <translation>O confabd recusou a conexão.</translation>
    </message>
    <message>
      <source>You may not open the control socket.</source>
      <translation>Você não tem permissão para abrir o soquete de controle.</translation>
    </message>
    <message>
      <source>confabd reported an error: {code}</source>
      <translation>O confabd informou um erro: {code}</translation>
    </message>
    <message>
      <source>Only requests may be sent to confabd.</source>
      <translation>Só é possível enviar solicitações ao confabd.</translation>
    </message>
    <message>
      <source>Cannot create the control socket directory {path}.</source>
      <translation>Não é possível criar o diretório do soquete de controle {path}.</translation>
    </message>
    <message>
      <source>Another confabd is already listening on {path}.</source>
      <translation>Outro confabd já escuta em {path}.</translation>
    </message>
    <message>
      <source>Cannot listen on the control socket {path}: {reason}</source>
      <translation>Não é possível escutar no soquete de controle {path}: {reason}</translation>
    </message>
    <message>
      <source>Authenticate with the admin password first.</source>
      <translation>Autentique-se primeiro com a senha de administrador.</translation>
    </message>
    <message>
      <source>There is no method {method}.</source>
      <translation>Não existe o método {method}.</translation>
    </message>
    <message>
      <source>No admin password is set yet; run the setup first.</source>
      <translation>Ainda não há senha de administrador; execute primeiro a configuração.</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>A senha de administrador está errada.</translation>
    </message>
    <message>
      <source>The server is already set up.</source>
      <translation>O servidor já está configurado.</translation>
    </message>
    <message>
      <source>The text is not a PEM-encoded X.509 certificate.</source>
      <translation>O texto não é um certificado X.509 em formato PEM.</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Não é possível gravar {path}: {reason}</translation>
    </message>
    <message>
      <source>The private key is missing, encrypted or does not belong to the certificate.</source>
      <translation>A chave privada está faltando, está criptografada ou não pertence ao certificado.</translation>
    </message>
    <message>
      <source>There is no setting {key}.</source>
      <translation>Não existe a configuração {key}.</translation>
    </message>
    <message>
      <source>There is no routing rule {id}.</source>
      <translation>Não existe a regra de roteamento {id}.</translation>
    </message>
    <message>
      <source>There is no session {id}.</source>
      <translation>Não existe a sessão {id}.</translation>
    </message>
    <message>
      <source>There is no trusted certificate {id}.</source>
      <translation>Não existe o certificado confiável {id}.</translation>
    </message>
    <message>
      <source>There is no account {jid}.</source>
      <translation>Não existe a conta {jid}.</translation>
    </message>
    <message>
      <source>The parameter {param} is missing or invalid.</source>
      <translation>O parâmetro {param} está faltando ou é inválido.</translation>
    </message>
    <message>
      <source>{domain} is not a valid domain name.</source>
      <translation>{domain} não é um nome de domínio válido.</translation>
    </message>
    <message>
      <source>The domain {domain} is not hosted on this server.</source>
      <translation>O domínio {domain} não está hospedado neste servidor.</translation>
    </message>
    <message>
      <source>{jid} is not a valid user address (user@domain).</source>
      <translation>{jid} não é um endereço de usuário válido (user@domain).</translation>
    </message>
    <message>
      <source>The password is empty or contains characters that are not allowed</source>
      <translation>A senha está vazia ou contém caracteres não permitidos</translation>
    </message>
    <message>
      <source>Account {user}@{domain} does not exist</source>
      <translation>A conta {user}@{domain} não existe</translation>
    </message>
    <message>
      <source>Domain {domain} does not exist</source>
      <translation>O domínio {domain} não existe</translation>
    </message>
    <message>
      <source>Account {user}@{domain} already exists</source>
      <translation>A conta {user}@{domain} já existe</translation>
    </message>
    <message>
      <source>The admin password must have at least {min} characters and no control characters</source>
      <translation>A senha de administrador deve ter pelo menos {min} caracteres e nenhum caractere de controle</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>Não é possível abrir o banco de dados {path}: {detail}</translation>
    </message>
    <message>
      <source>The domain name is empty</source>
      <translation>O nome de domínio está vazio</translation>
    </message>
    <message>
      <source>Domain {domain} already exists</source>
      <translation>O domínio {domain} já existe</translation>
    </message>
    <message>
      <source>Invalid value for setting {key}</source>
      <translation>Valor inválido para a configuração {key}</translation>
    </message>
    <message>
      <source>Database migration {version} failed: {detail}</source>
      <translation>A migração {version} do banco de dados falhou: {detail}</translation>
    </message>
    <message>
      <source>The database has schema version {version}, newer than this program supports ({supported})</source>
      <translation>O banco de dados tem a versão de esquema {version}, mais nova do que este programa suporta ({supported})</translation>
    </message>
    <message>
      <source>Offline storage for {user}@{domain} is full ({limit} messages)</source>
      <translation>O armazenamento offline de {user}@{domain} está cheio ({limit} mensagens)</translation>
    </message>
    <message>
      <source>{contact} is not in the roster of {user}@{domain}</source>
      <translation>{contact} não está na lista de contatos de {user}@{domain}</translation>
    </message>
    <message>
      <source>Routing rule {id} does not exist</source>
      <translation>A regra de roteamento {id} não existe</translation>
    </message>
    <message>
      <source>{pattern} is not a valid domain pattern</source>
      <translation>{pattern} não é um padrão de domínio válido</translation>
    </message>
    <message>
      <source>Unknown routing action {action}</source>
      <translation>Ação de roteamento desconhecida {action}</translation>
    </message>
    <message>
      <source>A relay rule needs a relay host</source>
      <translation>Uma regra de retransmissão precisa de um host de retransmissão</translation>
    </message>
    <message>
      <source>{host} is not a valid relay host</source>
      <translation>{host} não é um host de retransmissão válido</translation>
    </message>
    <message>
      <source>{port} is not a valid port</source>
      <translation>{port} não é uma porta válida</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>Erro de banco de dados: {detail}</translation>
    </message>
    <message>
      <source>The database is not open</source>
      <translation>O banco de dados não está aberto</translation>
    </message>
    <message>
      <source>TLS is already required for {pattern}</source>
      <translation>TLS já é exigido para {pattern}</translation>
    </message>
    <message>
      <source>TLS is not required for {pattern}</source>
      <translation>TLS não é exigido para {pattern}</translation>
    </message>
    <message>
      <source>The CA certificate is not in PEM format</source>
      <translation>O certificado de AC não está em formato PEM</translation>
    </message>
    <message>
      <source>Trusted CA certificate {id} does not exist</source>
      <translation>O certificado de AC confiável {id} não existe</translation>
    </message>
    <message>
      <source>A line is longer than {max} bytes</source>
      <translation>Uma linha tem mais de {max} bytes</translation>
    </message>
    <message>
      <source>Not connected to confabd</source>
      <translation>Sem conexão com o confabd</translation>
    </message>
    <message>
      <source>confabd did not answer within {ms} ms</source>
      <translation>O confabd não respondeu em {ms} ms</translation>
    </message>
    <message>
      <source>The connection to confabd was lost</source>
      <translation>A conexão com o confabd foi perdida</translation>
    </message>
    <message>
      <source>The message is neither a request, a response nor an event</source>
      <translation>A mensagem não é uma solicitação, nem uma resposta, nem um evento</translation>
    </message>
    <message>
      <source>The line is not valid JSON: {reason}</source>
      <translation>A linha não é JSON válido: {reason}</translation>
    </message>
    <message>
      <source>{name} must be true or false</source>
      <translation>{name} deve ser true ou false</translation>
    </message>
    <message>
      <source>{name} must be a whole number from {min} to {max}</source>
      <translation>{name} deve ser um número inteiro de {min} a {max}</translation>
    </message>
    <message>
      <source>{name}: {value} is not an IP address</source>
      <translation>{name}: {value} não é um endereço IP</translation>
    </message>
    <message>
      <source>{name}: {value} must name a file inside the data directory</source>
      <translation>{name}: {value} deve indicar um arquivo dentro do diretório de dados</translation>
    </message>
    <message>
      <source>{name}: {value} is not a valid XMPP address</source>
      <translation>{name}: {value} não é um endereço XMPP válido</translation>
    </message>
    <message>
      <source>{name} must be text</source>
      <translation>{name} deve ser texto</translation>
    </message>
    <message>
      <source>{name} must be a list of non-empty texts</source>
      <translation>{name} deve ser uma lista de textos não vazios</translation>
    </message>
    <message>
      <source>{value} is not allowed in {name}; allowed: {choices}</source>
      <translation>{value} não é permitido em {name}; permitidos: {choices}</translation>
    </message>
    <message>
      <source>{name} must be one of: {choices}</source>
      <translation>{name} deve ser um destes: {choices}</translation>
    </message>
    <message>
      <source>There is no setting {name}</source>
      <translation>Não existe a configuração {name}</translation>
    </message>
  </context>
  <context>
    <name>LogCatalog</name>
    <message>
      <source>confabd {version} started, data directory {dataDir}</source>
      <translation>confabd {version} iniciado, diretório de dados {dataDir}</translation>
    </message>
    <message>
      <source>confabd stopping ({reason})</source>
      <translation>confabd parando ({reason})</translation>
    </message>
    <message>
      <source>Listening on {address}:{port} ({kind})</source>
      <translation>Escutando em {address}:{port} ({kind})</translation>
    </message>
    <message>
      <source>Cannot listen on {address}:{port} ({kind}): {reason}</source>
      <translation>Não é possível escutar em {address}:{port} ({kind}): {reason}</translation>
    </message>
    <message>
      <source>Connection from {address}</source>
      <translation>Conexão de {address}</translation>
    </message>
    <message>
      <source>Connection from {address} closed ({jid}; {bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Conexão de {address} encerrada ({jid}; {bytesIn} bytes recebidos, {bytesOut} bytes enviados)</translation>
    </message>
    <message>
      <source>TLS established ({protocol}, {cipher})</source>
      <translation>TLS estabelecido ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{jid} authenticated with {mechanism}</source>
      <translation>{jid} autenticado com {mechanism}</translation>
    </message>
    <message>
      <source>Authentication failed for {user} from {address}: {reason}</source>
      <translation>Falha na autenticação de {user} a partir de {address}: {reason}</translation>
    </message>
    <message>
      <source>Resource bound: {jid}</source>
      <translation>Recurso vinculado: {jid}</translation>
    </message>
    <message>
      <source>Stream error {condition} sent to {address} ({jid}): {text}</source>
      <translation>Erro de fluxo {condition} enviado para {address} ({jid}): {text}</translation>
    </message>
    <message>
      <source>Connection from {address} refused: the limit of {limit} concurrent connections is reached</source>
      <translation>Conexão de {address} recusada: o limite de {limit} conexões simultâneas foi atingido</translation>
    </message>
    <message>
      <source>Connection from {address} refused: more than {limit} connections from it within a minute</source>
      <translation>Conexão de {address} recusada: mais de {limit} conexões desse endereço em um minuto</translation>
    </message>
    <message>
      <source>Connection from {address} aborted: it does not read what is sent to it ({bytes} bytes waiting)</source>
      <translation>Conexão de {address} interrompida: ela não lê o que lhe é enviado ({bytes} bytes aguardando)</translation>
    </message>
    <message>
      <source>Account {jid} created in-band from {address}</source>
      <translation>Conta {jid} criada por um cliente em {address}</translation>
    </message>
    <message>
      <source>In-band registration of "{user}" on {domain} from {address} refused: {reason}</source>
      <translation>Registro de "{user}" em {domain} a partir de {address} recusado: {reason}</translation>
    </message>
    <message>
      <source>{jid} changed its password in-band</source>
      <translation>{jid} alterou a própria senha pelo cliente</translation>
    </message>
    <message>
      <source>In-band password change of {jid} refused: {reason}</source>
      <translation>Alteração de senha de {jid} pelo cliente recusada: {reason}</translation>
    </message>
    <message>
      <source>{jid} removed its account in-band</source>
      <translation>{jid} removeu a própria conta pelo cliente</translation>
    </message>
    <message>
      <source>In-band removal of the account {jid} failed: {reason}</source>
      <translation>A remoção da conta {jid} pelo cliente falhou: {reason}</translation>
    </message>
    <message>
      <source>Control connection opened</source>
      <translation>Conexão de controle aberta</translation>
    </message>
    <message>
      <source>Control connection failed to authenticate: wrong admin password ({failures} in a row)</source>
      <translation>A conexão de controle não conseguiu se autenticar: senha de administrador errada ({failures} seguidas)</translation>
    </message>
    <message>
      <source>Control connection authenticated</source>
      <translation>Conexão de controle autenticada</translation>
    </message>
    <message>
      <source>First-run setup completed for domain {domain}</source>
      <translation>Configuração inicial concluída para o domínio {domain}</translation>
    </message>
    <message>
      <source>Control connection closed</source>
      <translation>Conexão de controle encerrada</translation>
    </message>
    <message>
      <source>Control socket listening on {path}</source>
      <translation>Soquete de controle escutando em {path}</translation>
    </message>
    <message>
      <source>First-run setup: admin password set</source>
      <translation>Configuração inicial: senha de administrador definida</translation>
    </message>
    <message>
      <source>Admin added the domain {domain}</source>
      <translation>O administrador adicionou o domínio {domain}</translation>
    </message>
    <message>
      <source>Admin removed the domain {domain} and its accounts</source>
      <translation>O administrador removeu o domínio {domain} e suas contas</translation>
    </message>
    <message>
      <source>Admin set {key} = {value} for the domain {domain}</source>
      <translation>O administrador definiu {key} = {value} para o domínio {domain}</translation>
    </message>
    <message>
      <source>Admin reset {key} to its default for the domain {domain}</source>
      <translation>O administrador restaurou {key} ao padrão para o domínio {domain}</translation>
    </message>
    <message>
      <source>Admin added the account {jid}</source>
      <translation>O administrador adicionou a conta {jid}</translation>
    </message>
    <message>
      <source>Admin changed the password of {jid}</source>
      <translation>O administrador alterou a senha de {jid}</translation>
    </message>
    <message>
      <source>Admin removed the account {jid}</source>
      <translation>O administrador removeu a conta {jid}</translation>
    </message>
    <message>
      <source>Admin disabled the account {jid}</source>
      <translation>O administrador desativou a conta {jid}</translation>
    </message>
    <message>
      <source>Admin enabled the account {jid}</source>
      <translation>O administrador ativou a conta {jid}</translation>
    </message>
    <message>
      <source>Admin set the global setting {key} = {value}</source>
      <translation>O administrador definiu a configuração global {key} = {value}</translation>
    </message>
    <message>
      <source>Admin reset the global setting {key} to its default</source>
      <translation>O administrador restaurou a configuração global {key} ao padrão</translation>
    </message>
    <message>
      <source>Admin added routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>O administrador adicionou a regra de roteamento {id}: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin changed routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>O administrador alterou a regra de roteamento {id}: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin removed routing rule {id} ({pattern})</source>
      <translation>O administrador removeu a regra de roteamento {id} ({pattern})</translation>
    </message>
    <message>
      <source>Admin moved routing rule {id} to position {position}</source>
      <translation>O administrador moveu a regra de roteamento {id} para a posição {position}</translation>
    </message>
    <message>
      <source>Admin required TLS with a valid certificate for {pattern}</source>
      <translation>O administrador exige TLS com certificado válido para {pattern}</translation>
    </message>
    <message>
      <source>Admin no longer requires TLS for {pattern}</source>
      <translation>O administrador não exige mais TLS para {pattern}</translation>
    </message>
    <message>
      <source>Admin trusted the CA certificate {id}: {subject}</source>
      <translation>O administrador confiou no certificado de AC {id}: {subject}</translation>
    </message>
    <message>
      <source>Admin removed the trusted CA certificate {id}: {subject}</source>
      <translation>O administrador removeu o certificado de AC confiável {id}: {subject}</translation>
    </message>
    <message>
      <source>Admin imported a certificate for {domain}: {subject}, valid until {expires}</source>
      <translation>O administrador importou um certificado para {domain}: {subject}, válido até {expires}</translation>
    </message>
    <message>
      <source>Admin disconnected the session {id}</source>
      <translation>O administrador desconectou a sessão {id}</translation>
    </message>
    <message>
      <source>Database opened: {path}</source>
      <translation>Banco de dados aberto: {path}</translation>
    </message>
    <message>
      <source>Database migrated from schema version {from} to {to}</source>
      <translation>Banco de dados migrado da versão de esquema {from} para {to}</translation>
    </message>
    <message>
      <source>Database error in {operation}: {reason}</source>
      <translation>Erro de banco de dados em {operation}: {reason}</translation>
    </message>
    <message>
      <source>Roster or offline storage failed for {jid}: {reason}</source>
      <translation>Falha na lista de contatos ou no armazenamento offline de {jid}: {reason}</translation>
    </message>
    <message>
      <source>Offline storage of {jid} is full ({limit} messages): a message from {from} was refused</source>
      <translation>O armazenamento offline de {jid} está cheio ({limit} mensagens): uma mensagem de {from} foi recusada</translation>
    </message>
    <message>
      <source>Generated a self-signed certificate for {domain}, valid until {expires}</source>
      <translation>Certificado autoassinado gerado para {domain}, válido até {expires}</translation>
    </message>
    <message>
      <source>Loaded the certificate for {domain} from {path}, valid until {expires}</source>
      <translation>Certificado de {domain} carregado de {path}, válido até {expires}</translation>
    </message>
    <message>
      <source>Certificate for {domain} unusable: {reason}</source>
      <translation>Certificado de {domain} inutilizável: {reason}</translation>
    </message>
    <message>
      <source>Connecting to {domain} at {host} ({address}) port {port}</source>
      <translation>Conectando a {domain} em {host} ({address}) porta {port}</translation>
    </message>
    <message>
      <source>Could not connect to {domain} at {host} port {port}</source>
      <translation>Não foi possível conectar a {domain} em {host} porta {port}</translation>
    </message>
    <message>
      <source>TLS with {domain} established ({protocol}, {cipher}); certificate: {certificate}</source>
      <translation>TLS com {domain} estabelecido ({protocol}, {cipher}); certificado: {certificate}</translation>
    </message>
    <message>
      <source>{from} authenticated to {to} with {method}</source>
      <translation>{from} autenticado em {to} com {method}</translation>
    </message>
    <message>
      <source>{to} refused SASL EXTERNAL for {from}; trying dialback</source>
      <translation>{to} recusou SASL EXTERNAL para {from}; tentando dialback</translation>
    </message>
    <message>
      <source>{to} answered dialback for {from} with {type}</source>
      <translation>{to} respondeu ao dialback de {from} com {type}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} failed: {reason}</source>
      <translation>A conexão entre servidores com {domain} falhou: {reason}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} closed</source>
      <translation>Conexão entre servidores com {domain} encerrada</translation>
    </message>
    <message>
      <source>Returned a stanza from {from} to {to} with {condition}: {reason}</source>
      <translation>Stanza de {from} para {to} devolvida com {condition}: {reason}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from} to {to})</source>
      <translation>Conexão de servidor de {address} ({from} para {to})</translation>
    </message>
    <message>
      <source>TLS with {from} established ({protocol}, {cipher})</source>
      <translation>TLS com {from} estabelecido ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{from} authenticated for {to} with {method}</source>
      <translation>{from} autenticado para {to} com {method}</translation>
    </message>
    <message>
      <source>Refused {from} for {to}: {reason}</source>
      <translation>{from} recusado para {to}: {reason}</translation>
    </message>
    <message>
      <source>Dialback key check from {from} for {to}: valid {valid}</source>
      <translation>Verificação de chave dialback de {from} para {to}: válida {valid}</translation>
    </message>
    <message>
      <source>Server stream from {address} ({domain}) ended with {condition}: {text}</source>
      <translation>O fluxo de servidor de {address} ({domain}) terminou com {condition}: {text}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from}) closed ({bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Conexão de servidor de {address} ({from}) encerrada ({bytesIn} bytes recebidos, {bytesOut} bytes enviados)</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Bytes confabd queues for one connection whose peer does not read what is sent to it; beyond that the connection is closed, so a client that stops reading cannot make the server hold its traffic without bound.</source>
      <translation>Bytes que o confabd mantém para uma conexão cujo par não lê o que lhe é enviado; acima disso a conexão é fechada, para que um cliente que para de ler não faça o servidor guardar seu tráfego sem limite.</translation>
    </message>
    <message>
      <source>New connections one network address (an IPv6 /64 counts as one) may open within a minute; further ones are refused with a resource-constraint stream error. 0 removes the limit.</source>
      <translation>Novas conexões que um endereço de rede (uma rede IPv6 /64 conta como um) pode abrir em um minuto; as seguintes são recusadas com o erro de fluxo resource-constraint. 0 remove o limite.</translation>
    </message>
    <message>
      <source>Stanzas per second one client connection may send (bursts of twice as many are allowed); a faster client is slowed down by reading its stream later, without affecting others. 0 removes the limit.</source>
      <translation>Stanzas por segundo que uma conexão de cliente pode enviar (picos do dobro são permitidos); um cliente mais rápido é desacelerado lendo seu fluxo mais tarde, sem afetar os outros. 0 remove o limite.</translation>
    </message>
    <message>
      <source>Most attributes (namespace declarations included) one XML element may carry; an element with more is treated like an oversized stanza.</source>
      <translation>Máximo de atributos (declarações de namespace incluídas) de um elemento XML; um elemento com mais é tratado como uma stanza grande demais.</translation>
    </message>
    <message>
      <source>Longest attribute value accepted, in characters; a longer one is treated like an oversized stanza.</source>
      <translation>Maior valor de atributo aceito, em caracteres; um maior é tratado como uma stanza grande demais.</translation>
    </message>
    <message>
      <source>Most contacts one account's roster may hold; adding more is refused with a resource-constraint error.</source>
      <translation>Máximo de contatos na lista de uma conta; adicionar mais é recusado com o erro resource-constraint.</translation>
    </message>
    <message>
      <source>Longest request, in bytes, that the manager or confabctl may send over the control socket (a certificate import carries the PEM files, usually a few kilobytes). A longer request is answered with an error; the connection stays usable. Applies to control connections opened afterwards.</source>
      <translation>Maior requisição, em bytes, que o gerenciador ou o confabctl podem enviar pelo socket de controle (uma importação de certificado leva os arquivos PEM, normalmente poucos kilobytes). Uma requisição maior é respondida com um erro; a conexão continua utilizável. Vale para as conexões de controle abertas depois.</translation>
    </message>
    <message>
      <source>Maximum number of concurrent connections (clients and servers together). Connections beyond it are refused until others close.</source>
      <translation>Número máximo de conexões simultâneas (clientes e servidores juntos). Conexões além disso são recusadas até que outras se encerrem.</translation>
    </message>
    <message>
      <source>Threads that do the network work of connections (reading, writing, TLS encryption) beside the main thread, which handles the XMPP side. -1 chooses: one for each processor beyond the first, at most 4, and none on a single processor. 0 does everything on the main thread. Takes effect when confabd restarts.</source>
      <translation>Threads que fazem o trabalho de rede das conexões (leitura, escrita, criptografia TLS) ao lado da thread principal, que cuida da parte XMPP. -1 escolhe: uma para cada processador além do primeiro, no máximo 4, e nenhuma com um só processador. 0 faz tudo na thread principal. Vale quando o confabd é reiniciado.</translation>
    </message>
    <message>
      <source>How much confabd logs: nothing; major (start, stop, failures of a whole service); problems (also errors caused by a client, a peer server or the configuration); low (also connections, authentication and routing decisions); all (also every stanza).</source>
      <translation>Quanto o confabd registra: nothing – nada; major – início, parada, falhas de um serviço inteiro; problems – também erros causados por um cliente, outro servidor ou pela configuração; low – também conexões, autenticações e decisões de roteamento; all – também cada stanza.</translation>
    </message>
    <message>
      <source>IP address the XMPP listeners bind to. "::" means every IPv4 and IPv6 address of this machine, "0.0.0.0" every IPv4 address only; or give one address of this machine.</source>
      <translation>Endereço IP em que os serviços XMPP escutam. "::" significa todos os endereços IPv4 e IPv6 desta máquina, "0.0.0.0" apenas todos os IPv4; ou informe um endereço desta máquina.</translation>
    </message>
    <message>
      <source>TCP port for client connections (STARTTLS).</source>
      <translation>Porta TCP para conexões de clientes (STARTTLS).</translation>
    </message>
    <message>
      <source>TCP port for connections from other XMPP servers.</source>
      <translation>Porta TCP para conexões de outros servidores XMPP.</translation>
    </message>
    <message>
      <source>TCP port for client connections that start with TLS directly (XEP-0368).</source>
      <translation>Porta TCP para conexões de clientes que começam diretamente com TLS (XEP-0368).</translation>
    </message>
    <message>
      <source>Clients must set up TLS before they authenticate. Turning this off lets passwords and messages cross the network unencrypted; only for tests on a trusted network.</source>
      <translation>Os clientes devem estabelecer TLS antes de se autenticar. Desligado, senhas e mensagens atravessam a rede sem criptografia; só para testes em uma rede confiável.</translation>
    </message>
    <message>
      <source>Largest stanza accepted, in bytes. A client or server that sends a larger one gets a policy-violation stream error and is disconnected.</source>
      <translation>Maior stanza aceita, em bytes. Um cliente ou servidor que enviar uma maior recebe um erro de fluxo policy-violation e é desconectado.</translation>
    </message>
    <message>
      <source>Deepest nesting of XML elements accepted in a stream; deeper input is treated like an oversized stanza.</source>
      <translation>Aninhamento máximo de elementos XML aceito em um fluxo; entradas mais profundas são tratadas como uma stanza grande demais.</translation>
    </message>
    <message>
      <source>Seconds a new client connection has to authenticate before it is closed.</source>
      <translation>Segundos que uma nova conexão de cliente tem para se autenticar antes de ser encerrada.</translation>
    </message>
    <message>
      <source>Seconds without any data from an authenticated client after which its connection is closed (clients send keep-alives well within this).</source>
      <translation>Segundos sem dados de um cliente autenticado após os quais a conexão é encerrada (os clientes enviam keep-alives bem antes disso).</translation>
    </message>
    <message>
      <source>Milliseconds to wait before answering a failed authentication, to slow down password guessing.</source>
      <translation>Milissegundos de espera antes de responder a uma autenticação que falhou, para retardar a adivinhação de senhas.</translation>
    </message>
    <message>
      <source>Seconds without traffic after which a connection to or from another server is closed; it is reopened when needed.</source>
      <translation>Segundos sem tráfego após os quais uma conexão com outro servidor é encerrada; ela é reaberta quando necessário.</translation>
    </message>
    <message>
      <source>Seconds stanzas for a remote domain wait while the connection to it is set up; after that they are returned to their senders with an error.</source>
      <translation>Segundos que as stanzas para um domínio remoto esperam enquanto a conexão é estabelecida; depois disso voltam aos remetentes com um erro.</translation>
    </message>
    <message>
      <source>IP address of the DNS server used to look up other XMPP servers. Empty: the system's resolver configuration.</source>
      <translation>Endereço IP do servidor DNS usado para encontrar outros servidores XMPP. Vazio: a configuração de DNS do sistema.</translation>
    </message>
    <message>
      <source>Leave the operating system out of software version answers (XEP-0092).</source>
      <translation>Omitir o sistema operacional nas respostas de versão de software (XEP-0092).</translation>
    </message>
    <message>
      <source>Messages kept for a user while they are offline; further messages are refused with an error to the sender. 0 turns offline storage off.</source>
      <translation>Mensagens guardadas para um usuário enquanto ele está offline; as seguintes são recusadas com um erro para o remetente. 0 desliga o armazenamento offline.</translation>
    </message>
    <message>
      <source>Accounts one network address (an IPv6 /64 counts as one) may create in-band within an hour on domains with free registration; further attempts are refused. 0 removes the limit.</source>
      <translation>Contas que um endereço de rede (uma rede IPv6 /64 conta como um) pode criar por um cliente em uma hora nos domínios com registro livre; tentativas seguintes são recusadas. 0 remove o limite.</translation>
    </message>
    <message>
      <source>The domain is served. A disabled domain keeps its accounts and data but accepts no logins and no stanzas.</source>
      <translation>O domínio está em serviço. Um domínio desativado mantém suas contas e dados, mas não aceita logins nem stanzas.</translation>
    </message>
    <message>
      <source>Anyone may create an account on this domain from an XMPP client (XEP-0077). Leave off unless the server is meant to be public: open registration attracts spammers.</source>
      <translation>Qualquer pessoa pode criar uma conta neste domínio a partir de um cliente XMPP (XEP-0077). Deixe desligado, a menos que o servidor deva ser público: o registro aberto atrai spammers.</translation>
    </message>
    <message>
      <source>Users may change their own password from their client (XEP-0077).</source>
      <translation>Os usuários podem alterar a própria senha pelo cliente (XEP-0077).</translation>
    </message>
    <message>
      <source>Clients may log in without an account (SASL ANONYMOUS) and get a temporary address on this domain.</source>
      <translation>Os clientes podem entrar sem conta (SASL ANONYMOUS) e recebem um endereço temporário neste domínio.</translation>
    </message>
    <message>
      <source>Also accept old authentication methods: non-SASL login (XEP-0078, jabber:iq:auth), CRAM-MD5 and DIGEST-MD5. They need each password stored in a reversible form next to the salted SCRAM keys, so a stolen database reveals the passwords. Passwords set while this is off work with these methods only after they are set again. Enable only for old clients that cannot use SCRAM.</source>
      <translation>Aceitar também métodos antigos de autenticação: login sem SASL (XEP-0078, jabber:iq:auth), CRAM-MD5 e DIGEST-MD5. Eles exigem que cada senha seja guardada de forma reversível junto às chaves SCRAM com sal, então um banco de dados roubado revela as senhas. Senhas definidas com esta opção desligada só funcionam com esses métodos depois de definidas novamente. Ative apenas para clientes antigos que não suportam SCRAM.</translation>
    </message>
    <message>
      <source>SASL mechanisms offered to clients, most preferred first. The -PLUS variants bind the login to the TLS connection. CRAM-MD5 and DIGEST-MD5 take effect only with auth.legacy on; ANONYMOUS is controlled by auth.anonymous.</source>
      <translation>Mecanismos SASL oferecidos aos clientes, o preferido primeiro. As variantes -PLUS vinculam o login à conexão TLS. CRAM-MD5 e DIGEST-MD5 só valem com auth.legacy ligado; ANONYMOUS é controlado por auth.anonymous.</translation>
    </message>
    <message>
      <source>Additional addresses listed in this domain's service discovery items (XEP-0030), for example a gateway or a service that runs elsewhere.</source>
      <translation>Endereços adicionais listados nos itens de descoberta de serviços deste domínio (XEP-0030), por exemplo um gateway ou um serviço que roda em outro lugar.</translation>
    </message>
    <message>
      <source>PEM file with this domain's certificate chain, inside the data directory. Empty: confabd generates a self-signed certificate.</source>
      <translation>Arquivo PEM com a cadeia de certificados deste domínio, dentro do diretório de dados. Vazio: o confabd gera um certificado autoassinado.</translation>
    </message>
    <message>
      <source>Stanzas that may wait for one pair of local and remote domain while the connection is set up; further stanzas are returned to their senders with an error.</source>
      <translation>Stanzas que podem esperar por par de domínio local e remoto enquanto a conexão é estabelecida; as seguintes voltam aos remetentes com um erro.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectPage</name>
    <message>
      <source>Connect to confabd</source>
      <translation>Conectar ao confabd</translation>
    </message>
    <message>
      <source>The manager talks to the Confab service on this computer through its control socket.</source>
      <translation>O gerenciador conversa com o serviço Confab deste computador pelo soquete de controle.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Procurar…</translation>
    </message>
    <message>
      <source>Control socket:</source>
      <translation>Soquete de controle:</translation>
    </message>
    <message>
      <source>Admin password:</source>
      <translation>Senha de administrador:</translation>
    </message>
    <message>
      <source>Remember the password in the system keychain</source>
      <translation>Lembrar a senha no chaveiro do sistema</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>Conectar</translation>
    </message>
    <message>
      <source>Choose the control socket</source>
      <translation>Escolher o soquete de controle</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectionsPage</name>
    <message>
      <source>Connections</source>
      <translation>Conexões</translation>
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
      <translation>Endereço (JID ou domínio)</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Origem</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Criptografia</translation>
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
      <translation>Atualizar</translation>
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
      <translation>ainda desconhecido</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>conectado</translation>
    </message>
    <message>
      <source>negotiating</source>
      <translation>negociando</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhuma</translation>
    </message>
    <message>
      <source>Session %1 was disconnected.</source>
      <translation>A sessão %1 foi desconectada.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <translation>Painel</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n dia</numerusform>
        <numerusform>%n dias</numerusform>
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
      <translation>Portas em escuta</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Porta</translation>
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
      <translation>Domínio</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Válido até</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Emitido por</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Nomes</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <source>running, %1</source>
      <translation>em execução, %1</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>Tempo ativo</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>Domínios</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>Contas de usuário</translation>
    </message>
    <message>
      <source>Open connections</source>
      <translation>Conexões abertas</translation>
    </message>
    <message>
      <source>Logged-in sessions</source>
      <translation>Sessões conectadas</translation>
    </message>
    <message>
      <source>Data directory</source>
      <translation>Diretório de dados</translation>
    </message>
    <message>
      <source>clients and servers, direct TLS</source>
      <translation>clientes e servidores, TLS direto</translation>
    </message>
    <message>
      <source>clients and servers (STARTTLS)</source>
      <translation>clientes e servidores (STARTTLS)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>autoassinado</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>uma autoridade certificadora</translation>
    </message>
    <message>
      <source>The certificate of %1 has expired. Clients and servers will refuse to connect.</source>
      <translation>O certificado de %1 expirou. Clientes e servidores recusarão a conexão.</translation>
    </message>
    <message numerus="yes">
      <source>The certificate of %1 expires in %n day(s).</source>
      <translation>
        <numerusform>O certificado de %1 expira em %n dia.</numerusform>
        <numerusform>O certificado de %1 expira em %n dias.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 uses a self-signed certificate: other servers and most clients will not trust it. Import one from a certificate authority on the Security page.</source>
      <translation>%1 usa um certificado autoassinado: outros servidores e a maioria dos clientes não confiarão nele. Importe um de uma autoridade certificadora na página Segurança.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DomainsPage</name>
    <message>
      <source>Domains</source>
      <translation>Domínios</translation>
    </message>
    <message>
      <source>example.com</source>
      <translation>example.com</translation>
    </message>
    <message>
      <source>Add domain</source>
      <translation>Adicionar domínio</translation>
    </message>
    <message>
      <source>Remove domain…</source>
      <translation>Remover domínio…</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Aplicar alterações</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n user(s))</source>
      <translation>
        <numerusform>%1 (%n usuário)</numerusform>
        <numerusform>%1 (%n usuários)</numerusform>
      </translation>
    </message>
    <message>
      <source>Add a domain to host it.</source>
      <translation>Adicione um domínio para hospedá-lo.</translation>
    </message>
    <message>
      <source>Settings of %1</source>
      <translation>Configurações de %1</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>"%1" não é um nome de domínio válido.</translation>
    </message>
    <message>
      <source>%1 is now hosted. confabd created a self-signed certificate for it.</source>
      <translation>%1 agora está hospedado. O confabd criou um certificado autoassinado para ele.</translation>
    </message>
    <message>
      <source>Remove domain</source>
      <translation>Remover domínio</translation>
    </message>
    <message>
      <source>Stop hosting %1 and delete all of its user accounts? This cannot be undone.</source>
      <translation>Deixar de hospedar %1 e excluir todas as suas contas de usuário? Isso não pode ser desfeito.</translation>
    </message>
    <message>
      <source>%1 is no longer hosted.</source>
      <translation>%1 não está mais hospedado.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Alguns valores são inválidos; eles estão marcados. Nada foi alterado.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Nada a alterar.</translation>
    </message>
    <message>
      <source>The settings of %1 were saved.</source>
      <translation>As configurações de %1 foram salvas.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::LogsPage</name>
    <message>
      <source>Logs</source>
      <translation>Log</translation>
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
      <translation>baixo nível</translation>
    </message>
    <message>
      <source>detail</source>
      <translation>detalhe</translation>
    </message>
    <message>
      <source>Major events only</source>
      <translation>Só eventos importantes</translation>
    </message>
    <message>
      <source>Problems and major events</source>
      <translation>Problemas e eventos importantes</translation>
    </message>
    <message>
      <source>Also low-level events</source>
      <translation>Também eventos de baixo nível</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Tudo</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Todas as tags</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>Filtrar texto</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>Acompanhar</translation>
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
      <translation>Nível</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Conexão</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensagem</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>Exportar log</translation>
    </message>
    <message>
      <source>Text files (*.txt);;All files (*)</source>
      <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <source>The log was saved to %1.</source>
      <translation>O log foi salvo em %1.</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>Não é possível gravar %1: %2</translation>
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
      <translation>Conectar a outro servidor…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>Sai&amp;r</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;juda</translation>
    </message>
    <message>
      <source>About Confab Manager</source>
      <translation>Sobre o Confab Manager</translation>
    </message>
    <message>
      <source>Confab Manager %1: set-up and administration of the Confab XMPP server.</source>
      <translation>Confab Manager %1: instalação e administração do servidor XMPP Confab.</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>Conectando a %1…</translation>
    </message>
    <message>
      <source>Connected to %1. Enter the admin password.</source>
      <translation>Conectado a %1. Digite a senha de administrador.</translation>
    </message>
    <message>
      <source>The manager reconnects on its own when confabd is back.</source>
      <translation>O gerenciador se reconecta sozinho quando o confabd voltar.</translation>
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
      <translation>O chaveiro do sistema não pode ser usado (%1). O gerenciador funciona sem ele, mas pede a senha toda vez.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::RoutingPage</name>
    <message>
      <source>Routing</source>
      <translation>Roteamento</translation>
    </message>
    <message>
      <source>refuse</source>
      <translation>recusar</translation>
    </message>
    <message>
      <source>relay to %1</source>
      <translation>retransmitir por %1</translation>
    </message>
    <message>
      <source>Traffic to other servers normally goes to the servers their DNS names. These rules override that: the first rule whose pattern matches the remote domain decides. Drag rules to change their order. * stands for any characters.</source>
      <translation>O tráfego para outros servidores normalmente vai para os servidores indicados no DNS deles. Estas regras substituem isso: decide a primeira regra cujo padrão corresponde ao domínio remoto. Arraste as regras para mudar a ordem. * representa quaisquer caracteres.</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posição</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Padrão</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Ação</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comentário</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regra</translation>
    </message>
    <message>
      <source>Relay through another server</source>
      <translation>Retransmitir por outro servidor</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>Recusar</translation>
    </message>
    <message>
      <source>default (5269)</source>
      <translation>padrão (5269)</translation>
    </message>
    <message>
      <source>Remote domain pattern:</source>
      <translation>Padrão do domínio remoto:</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Ação:</translation>
    </message>
    <message>
      <source>Relay host:</source>
      <translation>Host de retransmissão:</translation>
    </message>
    <message>
      <source>Relay port:</source>
      <translation>Porta de retransmissão:</translation>
    </message>
    <message>
      <source>Comment:</source>
      <translation>Comentário:</translation>
    </message>
    <message>
      <source>Add rule</source>
      <translation>Adicionar regra</translation>
    </message>
    <message>
      <source>Save selected rule</source>
      <translation>Salvar a regra selecionada</translation>
    </message>
    <message>
      <source>Remove selected rule</source>
      <translation>Remover a regra selecionada</translation>
    </message>
    <message>
      <source>Test a domain</source>
      <translation>Testar um domínio</translation>
    </message>
    <message>
      <source>Remote domain, e.g. %1</source>
      <translation>Domínio remoto, p. ex. %1</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Testar</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>Remover regra</translation>
    </message>
    <message>
      <source>Remove the selected rule?</source>
      <translation>Remover a regra selecionada?</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Use um nome de domínio em que * representa quaisquer caracteres, p. ex. *.example.com.</translation>
    </message>
    <message>
      <source>Give the host name or IP address of the relay server.</source>
      <translation>Informe o nome do host ou o endereço IP do servidor de retransmissão.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Alguns valores são inválidos; eles estão marcados. Nada foi alterado.</translation>
    </message>
    <message>
      <source>Rule for %1 added.</source>
      <translation>Regra para %1 adicionada.</translation>
    </message>
    <message>
      <source>Select a rule first.</source>
      <translation>Selecione uma regra primeiro.</translation>
    </message>
    <message>
      <source>Rule saved.</source>
      <translation>Regra salva.</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>"%1" não é um nome de domínio válido.</translation>
    </message>
    <message>
      <source>%1 matches rule %2 (%3): %4.</source>
      <translation>%1 corresponde à regra %2 (%3): %4.</translation>
    </message>
    <message>
      <source>No rule matches %1: confabd looks up its servers in DNS (SRV records).</source>
      <translation>Nenhuma regra corresponde a %1: o confabd procura os servidores dele no DNS (registros SRV).</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SecurityPage</name>
    <message>
      <source>Security</source>
      <translation>Segurança</translation>
    </message>
    <message>
      <source>Send encrypted only</source>
      <translation>Enviar só criptografado</translation>
    </message>
    <message>
      <source>confabd talks to these remote domains only over TLS with a valid certificate.</source>
      <translation>O confabd só conversa com estes domínios remotos por TLS com certificado válido.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Adicionar</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <source>Trusted certificate authorities</source>
      <translation>Autoridades certificadoras confiáveis</translation>
    </message>
    <message>
      <source>Trusted for server-to-server TLS in addition to the system's.</source>
      <translation>Confiáveis para TLS entre servidores, além das do sistema.</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Titular</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Válido até</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Add from file…</source>
      <translation>Adicionar de arquivo…</translation>
    </message>
    <message>
      <source>Certificates of the hosted domains</source>
      <translation>Certificados dos domínios hospedados</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domínio</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Emitido por</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Nomes</translation>
    </message>
    <message>
      <source>Import certificate…</source>
      <translation>Importar certificado…</translation>
    </message>
    <message>
      <source>Trust a CA certificate</source>
      <translation>Confiar em um certificado de AC</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>autoassinado</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>uma autoridade certificadora</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Use um nome de domínio em que * representa quaisquer caracteres, p. ex. *.example.com.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>Não é possível ler %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) added.</source>
      <translation>
        <numerusform>%n certificado adicionado.</numerusform>
        <numerusform>%n certificados adicionados.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 now uses the certificate for %2.</source>
      <translation>%1 agora usa o certificado de %2.</translation>
    </message>
    <message>
      <source>Import certificate</source>
      <translation>Importar certificado</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Escolher um arquivo</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Certificados e chaves (*.pem *.crt *.key *.pfx *.p12);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Procurar…</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domínio:</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Certificado (PEM ou PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Chave privada (PEM; não para PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Frase secreta (PFX ou chave criptografada):</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::Session</name>
    <message>
      <source>confabd is not running: there is no control socket at %1. Start the Confab service; the manager connects as soon as it is up.</source>
      <translation>O confabd não está em execução: não há soquete de controle em %1. Inicie o serviço Confab; o gerenciador se conecta assim que ele estiver no ar.</translation>
    </message>
    <message>
      <source>confabd refused the connection at %1. It may be stopping or starting; the manager keeps trying.</source>
      <translation>O confabd recusou a conexão em %1. Ele pode estar parando ou iniciando; o gerenciador continua tentando.</translation>
    </message>
    <message>
      <source>You may not open %1. Add your user to the group "confab" (then log in again) or run the manager as confabd's user.</source>
      <translation>Você não tem permissão para abrir %1. Adicione seu usuário ao grupo "confab" (e entre novamente) ou execute o gerenciador como o usuário do confabd.</translation>
    </message>
    <message>
      <source>The connection to confabd was lost. Reconnecting…</source>
      <translation>A conexão com o confabd foi perdida. Reconectando…</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>A senha de administrador está errada.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsForm</name>
    <message>
      <source>Outgoing server queue (stanzas)</source>
      <translation>Fila para outros servidores (stanzas)</translation>
    </message>
    <message>
      <source>Client send buffer (bytes)</source>
      <translation>Buffer de envio por cliente (bytes)</translation>
    </message>
    <message>
      <source>New connections per address per minute</source>
      <translation>Novas conexões por endereço por minuto</translation>
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
      <translation>Maior valor de atributo (bytes)</translation>
    </message>
    <message>
      <source>Contacts per user</source>
      <translation>Contatos por usuário</translation>
    </message>
    <message>
      <source>Largest admin request (bytes)</source>
      <translation>Maior requisição de administração (bytes)</translation>
    </message>
    <message>
      <source>Network threads</source>
      <translation>Threads de rede</translation>
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
      <translation>Baixo nível</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Tudo</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. %1</source>
      <translation>Separados por vírgula, p. ex. %1</translation>
    </message>
    <message>
      <source>Connection limit</source>
      <translation>Limite de conexões</translation>
    </message>
    <message>
      <source>Log level</source>
      <translation>Nível de log</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>Endereço de escuta</translation>
    </message>
    <message>
      <source>Client port</source>
      <translation>Porta de clientes</translation>
    </message>
    <message>
      <source>Server-to-server port</source>
      <translation>Porta entre servidores</translation>
    </message>
    <message>
      <source>Client port (direct TLS)</source>
      <translation>Porta de clientes (TLS direto)</translation>
    </message>
    <message>
      <source>Clients must use TLS</source>
      <translation>Clientes devem usar TLS</translation>
    </message>
    <message>
      <source>Largest stanza (bytes)</source>
      <translation>Maior stanza (bytes)</translation>
    </message>
    <message>
      <source>Deepest XML nesting</source>
      <translation>Aninhamento XML máximo</translation>
    </message>
    <message>
      <source>Login timeout (seconds)</source>
      <translation>Tempo para login (segundos)</translation>
    </message>
    <message>
      <source>Client idle timeout (seconds)</source>
      <translation>Inatividade de clientes (segundos)</translation>
    </message>
    <message>
      <source>Delay after a failed login (ms)</source>
      <translation>Espera após login com falha (ms)</translation>
    </message>
    <message>
      <source>Server idle timeout (seconds)</source>
      <translation>Inatividade de servidores (segundos)</translation>
    </message>
    <message>
      <source>Queue timeout for remote servers (seconds)</source>
      <translation>Espera na fila para servidores remotos (segundos)</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>Servidor DNS</translation>
    </message>
    <message>
      <source>Hide the operating system in version answers</source>
      <translation>Ocultar o sistema operacional nas respostas de versão</translation>
    </message>
    <message>
      <source>Offline messages kept per user</source>
      <translation>Mensagens offline por usuário</translation>
    </message>
    <message>
      <source>New accounts per address and hour</source>
      <translation>Novas contas por endereço e hora</translation>
    </message>
    <message>
      <source>Domain is served</source>
      <translation>Domínio em serviço</translation>
    </message>
    <message>
      <source>Free registration from XMPP clients</source>
      <translation>Registro livre por clientes XMPP</translation>
    </message>
    <message>
      <source>Users may change their password</source>
      <translation>Usuários podem alterar a senha</translation>
    </message>
    <message>
      <source>Anonymous login</source>
      <translation>Login anônimo</translation>
    </message>
    <message>
      <source>Old authentication methods</source>
      <translation>Métodos antigos de autenticação</translation>
    </message>
    <message>
      <source>SASL methods allowed</source>
      <translation>Métodos SASL permitidos</translation>
    </message>
    <message>
      <source>Extra service discovery items</source>
      <translation>Itens extras de descoberta de serviços</translation>
    </message>
    <message>
      <source>Certificate file</source>
      <translation>Arquivo do certificado</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Configurações</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Reverter</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Aplicar alterações</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Alguns valores são inválidos; eles estão marcados. Nada foi alterado.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Nada a alterar.</translation>
    </message>
    <message>
      <source>Settings saved. New ports and the listen address take effect when confabd restarts.</source>
      <translation>Configurações salvas. Novas portas e o endereço de escuta valem após reiniciar o confabd.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Configurações salvas.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SetupWizard</name>
    <message>
      <source>Set up Confab</source>
      <translation>Configurar o Confab</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Concluir</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>Avançar &gt;</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; Voltar</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>"%1" não é um nome de domínio válido.</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>Configurando…</translation>
    </message>
    <message>
      <source>The admin password is set, but a later step failed: %1 Finish the remaining settings on the manager's pages.</source>
      <translation>A senha de administrador foi definida, mas uma etapa posterior falhou: %1 Conclua as demais configurações nas páginas do gerenciador.</translation>
    </message>
    <message>
      <source>Copy records</source>
      <translation>Copiar registros</translation>
    </message>
    <message>
      <source>Your XMPP domain</source>
      <translation>Seu domínio XMPP</translation>
    </message>
    <message>
      <source>Addresses will look like user@domain. Usually this is your company's domain name.</source>
      <translation>Os endereços terão a forma user@domain. Em geral é o nome de domínio da sua empresa.</translation>
    </message>
    <message>
      <source>Domain name:</source>
      <translation>Nome de domínio:</translation>
    </message>
    <message>
      <source>Host name of this server:</source>
      <translation>Nome do host deste servidor:</translation>
    </message>
    <message>
      <source>Publish these DNS SRV records in your domain's DNS zone so that clients and other servers find this server:</source>
      <translation>Publique estes registros DNS SRV na zona DNS do seu domínio para que clientes e outros servidores encontrem este servidor:</translation>
    </message>
    <message>
      <source>“%1” is not a valid host name.</source>
      <translation>"%1" não é um nome de host válido.</translation>
    </message>
    <message>
      <source>Admin password</source>
      <translation>Senha de administrador</translation>
    </message>
    <message>
      <source>The manager and confabctl ask for this password. Use at least 8 characters.</source>
      <translation>O gerenciador e o confabctl pedem esta senha. Use pelo menos 8 caracteres.</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Senha:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Repita a senha:</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>A senha deve ter pelo menos 8 caracteres.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>As duas senhas não são iguais.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Certificado</translation>
    </message>
    <message>
      <source>Clients and servers check this certificate when they connect with TLS.</source>
      <translation>Clientes e servidores verificam este certificado ao se conectar com TLS.</translation>
    </message>
    <message>
      <source>Generate a self-signed certificate now (replace it later)</source>
      <translation>Gerar agora um certificado autoassinado (substituir depois)</translation>
    </message>
    <message>
      <source>Import a certificate from a certificate authority</source>
      <translation>Importar um certificado de uma autoridade certificadora</translation>
    </message>
    <message>
      <source>Other servers and most clients do not trust a self-signed certificate.</source>
      <translation>Outros servidores e a maioria dos clientes não confiam em um certificado autoassinado.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Procurar…</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Escolher um arquivo</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Certificados e chaves (*.pem *.crt *.key *.pfx *.p12);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Certificado (PEM ou PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Chave privada (PEM; não para PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Frase secreta (PFX ou chave criptografada):</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>Portas</translation>
    </message>
    <message>
      <source>The standard ports suit almost every installation. Open them in your firewall.</source>
      <translation>As portas padrão servem para quase toda instalação. Abra-as no seu firewall.</translation>
    </message>
    <message>
      <source>Clients (STARTTLS):</source>
      <translation>Clientes (STARTTLS):</translation>
    </message>
    <message>
      <source>Other servers:</source>
      <translation>Outros servidores:</translation>
    </message>
    <message>
      <source>Clients (direct TLS):</source>
      <translation>Clientes (TLS direto):</translation>
    </message>
    <message>
      <source>Each port must be different.</source>
      <translation>Cada porta deve ser diferente.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Who may create accounts?</source>
      <translation>Quem pode criar contas?</translation>
    </message>
    <message>
      <source>Anyone may create an account from an XMPP client (free registration)</source>
      <translation>Qualquer pessoa pode criar uma conta por um cliente XMPP (registro livre)</translation>
    </message>
    <message>
      <source>Leave this off unless the server is meant to be public: open registration attracts spammers. You add accounts on the Users page.</source>
      <translation>Deixe desligado, a menos que o servidor deva ser público: o registro aberto atrai spammers. As contas são adicionadas na página Usuários.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Resumo</translation>
    </message>
    <message>
      <source>Finish sets up confabd with these values.</source>
      <translation>Concluir configura o confabd com estes valores.</translation>
    </message>
    <message>
      <source>DNS SRV records to publish:</source>
      <translation>Registros DNS SRV a publicar:</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domínio:</translation>
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
      <translation>autoassinado</translation>
    </message>
    <message>
      <source>Ports:</source>
      <translation>Portas:</translation>
    </message>
    <message>
      <source>clients %1, servers %2, direct TLS %3</source>
      <translation>clientes %1, servidores %2, TLS direto %3</translation>
    </message>
    <message>
      <source>Free registration:</source>
      <translation>Registro livre:</translation>
    </message>
    <message>
      <source>on</source>
      <translation>ligado</translation>
    </message>
    <message>
      <source>off</source>
      <translation>desligado</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::UsersPage</name>
    <message>
      <source>Users</source>
      <translation>Usuários</translation>
    </message>
    <message>
      <source>Address (user@domain):</source>
      <translation>Endereço (user@domain):</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Senha:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Repita a senha:</translation>
    </message>
    <message>
      <source>Search user names</source>
      <translation>Pesquisar nomes de usuário</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domínio:</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Endereço</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Criado</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>Adicionar usuário…</translation>
    </message>
    <message>
      <source>Set password…</source>
      <translation>Definir senha…</translation>
    </message>
    <message>
      <source>Disable / enable</source>
      <translation>Desativar / ativar</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Remover…</translation>
    </message>
    <message>
      <source>Remove user</source>
      <translation>Remover usuário</translation>
    </message>
    <message>
      <source>Delete the account %1 and everything stored for it?</source>
      <translation>Excluir a conta %1 e tudo o que está guardado para ela?</translation>
    </message>
    <message>
      <source>All domains</source>
      <translation>Todos os domínios</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>desativado</translation>
    </message>
    <message>
      <source>active</source>
      <translation>ativo</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>A senha deve ter pelo menos 8 caracteres.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>As duas senhas não são iguais.</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>Adicionar usuário</translation>
    </message>
    <message>
      <source>Select a user first.</source>
      <translation>Selecione um usuário primeiro.</translation>
    </message>
    <message>
      <source>Set password</source>
      <translation>Definir senha</translation>
    </message>
    <message>
      <source>“%1” is not an address of the form user@domain.</source>
      <translation>"%1" não é um endereço no formato user@domain.</translation>
    </message>
    <message>
      <source>The account %1 was created.</source>
      <translation>A conta %1 foi criada.</translation>
    </message>
    <message>
      <source>The password of %1 was changed.</source>
      <translation>A senha de %1 foi alterada.</translation>
    </message>
    <message>
      <source>%1 can no longer log in.</source>
      <translation>%1 não pode mais entrar.</translation>
    </message>
    <message>
      <source>%1 can log in again.</source>
      <translation>%1 pode entrar novamente.</translation>
    </message>
    <message>
      <source>The account %1 was deleted.</source>
      <translation>A conta %1 foi excluída.</translation>
    </message>
  </context>
</TS>
