<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>CertificateFile</name>
    <message>
      <source>Cannot read %1.</source>
      <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
      <source>The PFX file could not be opened: it is damaged or the passphrase is wrong.</source>
      <translation>Не удалось открыть файл PFX: он повреждён или пароль неверен.</translation>
    </message>
    <message>
      <source>%1 does not contain a PEM certificate.</source>
      <translation>%1 не содержит сертификат PEM.</translation>
    </message>
    <message>
      <source>No private key was found, or its passphrase is wrong.</source>
      <translation>Закрытый ключ не найден или его пароль неверен.</translation>
    </message>
    <message>
      <source>The certificate expired on %1.</source>
      <translation>Срок действия сертификата истёк %1.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>confabd is not running.</source>
      <translation>confabd не запущен.</translation>
    </message>
    <message>
      <source>confabd refused the connection.</source>
      <translation>confabd отклонил подключение.</translation>
    </message>
    <message>
      <source>You may not open the control socket.</source>
      <translation>У вас нет доступа к управляющему сокету.</translation>
    </message>
    <message>
      <source>confabd reported an error: {code}</source>
      <translation>confabd сообщил об ошибке: {code}</translation>
    </message>
    <message>
      <source>Only requests may be sent to confabd.</source>
      <translation>В confabd можно отправлять только запросы.</translation>
    </message>
    <message>
      <source>Cannot create the control socket directory {path}.</source>
      <translation>Не удаётся создать каталог управляющего сокета {path}.</translation>
    </message>
    <message>
      <source>Another confabd is already listening on {path}.</source>
      <translation>Другой confabd уже слушает на {path}.</translation>
    </message>
    <message>
      <source>Cannot listen on the control socket {path}: {reason}</source>
      <translation>Не удаётся слушать на управляющем сокете {path}: {reason}</translation>
    </message>
    <message>
      <source>Authenticate with the admin password first.</source>
      <translation>Сначала войдите с паролем администратора.</translation>
    </message>
    <message>
      <source>There is no method {method}.</source>
      <translation>Метода {method} не существует.</translation>
    </message>
    <message>
      <source>No admin password is set yet; run the setup first.</source>
      <translation>Пароль администратора ещё не задан; сначала выполните первоначальную настройку.</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>Неверный пароль администратора.</translation>
    </message>
    <message>
      <source>The server is already set up.</source>
      <translation>Сервер уже настроен.</translation>
    </message>
    <message>
      <source>The text is not a PEM-encoded X.509 certificate.</source>
      <translation>Текст не является сертификатом X.509 в формате PEM.</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
      <source>The private key is missing, encrypted or does not belong to the certificate.</source>
      <translation>Закрытый ключ отсутствует, зашифрован или не соответствует сертификату.</translation>
    </message>
    <message>
      <source>There is no setting {key}.</source>
      <translation>Параметра {key} не существует.</translation>
    </message>
    <message>
      <source>There is no routing rule {id}.</source>
      <translation>Правила маршрутизации {id} не существует.</translation>
    </message>
    <message>
      <source>There is no session {id}.</source>
      <translation>Сеанса {id} не существует.</translation>
    </message>
    <message>
      <source>There is no trusted certificate {id}.</source>
      <translation>Доверенного сертификата {id} не существует.</translation>
    </message>
    <message>
      <source>There is no account {jid}.</source>
      <translation>Учётной записи {jid} не существует.</translation>
    </message>
    <message>
      <source>The parameter {param} is missing or invalid.</source>
      <translation>Параметр {param} отсутствует или неверен.</translation>
    </message>
    <message>
      <source>{domain} is not a valid domain name.</source>
      <translation>{domain} — недопустимое доменное имя.</translation>
    </message>
    <message>
      <source>The domain {domain} is not hosted on this server.</source>
      <translation>Домен {domain} не обслуживается этим сервером.</translation>
    </message>
    <message>
      <source>{jid} is not a valid user address (user@domain).</source>
      <translation>{jid} — недопустимый адрес пользователя (user@domain).</translation>
    </message>
    <message>
      <source>The password is empty or contains characters that are not allowed</source>
      <translation>Пароль пуст или содержит недопустимые символы</translation>
    </message>
    <message>
      <source>Account {user}@{domain} does not exist</source>
      <translation>Учётная запись {user}@{domain} не существует</translation>
    </message>
    <message>
      <source>Domain {domain} does not exist</source>
      <translation>Домен {domain} не существует</translation>
    </message>
    <message>
      <source>Account {user}@{domain} already exists</source>
      <translation>Учётная запись {user}@{domain} уже существует</translation>
    </message>
    <message>
      <source>The admin password must have at least {min} characters and no control characters</source>
      <translation>Пароль администратора должен содержать не менее {min} символов и не содержать управляющих символов</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>Не удаётся открыть базу данных {path}: {detail}</translation>
    </message>
    <message>
      <source>The domain name is empty</source>
      <translation>Доменное имя пустое</translation>
    </message>
    <message>
      <source>Domain {domain} already exists</source>
      <translation>Домен {domain} уже существует</translation>
    </message>
    <message>
      <source>Invalid value for setting {key}</source>
      <translation>Недопустимое значение параметра {key}</translation>
    </message>
    <message>
      <source>Database migration {version} failed: {detail}</source>
      <translation>Миграция базы данных {version} не удалась: {detail}</translation>
    </message>
    <message>
      <source>The database has schema version {version}, newer than this program supports ({supported})</source>
      <translation>Версия схемы базы данных {version} новее, чем поддерживает эта программа ({supported})</translation>
    </message>
    <message>
      <source>Offline storage for {user}@{domain} is full ({limit} messages)</source>
      <translation>Хранилище офлайн-сообщений для {user}@{domain} заполнено ({limit} сообщений)</translation>
    </message>
    <message>
      <source>{contact} is not in the roster of {user}@{domain}</source>
      <translation>{contact} отсутствует в списке контактов {user}@{domain}</translation>
    </message>
    <message>
      <source>Routing rule {id} does not exist</source>
      <translation>Правило маршрутизации {id} не существует</translation>
    </message>
    <message>
      <source>{pattern} is not a valid domain pattern</source>
      <translation>{pattern} — недопустимый шаблон домена</translation>
    </message>
    <message>
      <source>Unknown routing action {action}</source>
      <translation>Неизвестное действие маршрутизации {action}</translation>
    </message>
    <message>
      <source>A relay rule needs a relay host</source>
      <translation>Для правила ретрансляции нужен узел-ретранслятор</translation>
    </message>
    <message>
      <source>{host} is not a valid relay host</source>
      <translation>{host} — недопустимый узел-ретранслятор</translation>
    </message>
    <message>
      <source>{port} is not a valid port</source>
      <translation>{port} — недопустимый порт</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>Ошибка базы данных: {detail}</translation>
    </message>
    <message>
      <source>The database is not open</source>
      <translation>База данных не открыта</translation>
    </message>
    <message>
      <source>TLS is already required for {pattern}</source>
      <translation>TLS уже требуется для {pattern}</translation>
    </message>
    <message>
      <source>TLS is not required for {pattern}</source>
      <translation>TLS не требуется для {pattern}</translation>
    </message>
    <message>
      <source>The CA certificate is not in PEM format</source>
      <translation>Сертификат ЦС не в формате PEM</translation>
    </message>
    <message>
      <source>Trusted CA certificate {id} does not exist</source>
      <translation>Доверенный сертификат ЦС {id} не существует</translation>
    </message>
    <message>
      <source>A line is longer than {max} bytes</source>
      <translation>Строка длиннее {max} байт</translation>
    </message>
    <message>
      <source>Not connected to confabd</source>
      <translation>Нет подключения к confabd</translation>
    </message>
    <message>
      <source>confabd did not answer within {ms} ms</source>
      <translation>confabd не ответил в течение {ms} мс</translation>
    </message>
    <message>
      <source>The connection to confabd was lost</source>
      <translation>Подключение к confabd потеряно</translation>
    </message>
    <message>
      <source>The message is neither a request, a response nor an event</source>
      <translation>Сообщение не является ни запросом, ни ответом, ни событием</translation>
    </message>
    <message>
      <source>The line is not valid JSON: {reason}</source>
      <translation>Строка не является допустимым JSON: {reason}</translation>
    </message>
    <message>
      <source>{name} must be true or false</source>
      <translation>{name} должно быть true или false</translation>
    </message>
    <message>
      <source>{name} must be a whole number from {min} to {max}</source>
      <translation>{name} должно быть целым числом от {min} до {max}</translation>
    </message>
    <message>
      <source>{name}: {value} is not an IP address</source>
      <translation>{name}: {value} — не IP-адрес</translation>
    </message>
    <message>
      <source>{name}: {value} must name a file inside the data directory</source>
      <translation>{name}: {value} должно указывать на файл внутри каталога данных</translation>
    </message>
    <message>
      <source>{name}: {value} is not a valid XMPP address</source>
      <translation>{name}: {value} — недопустимый адрес XMPP</translation>
    </message>
    <message>
      <source>{name} must be text</source>
      <translation>{name} должно быть текстом</translation>
    </message>
    <message>
      <source>{name} must be a list of non-empty texts</source>
      <translation>{name} должно быть списком непустых строк</translation>
    </message>
    <message>
      <source>{value} is not allowed in {name}; allowed: {choices}</source>
      <translation>{value} недопустимо в {name}; допустимо: {choices}</translation>
    </message>
    <message>
      <source>{name} must be one of: {choices}</source>
      <translation>{name} должно быть одним из: {choices}</translation>
    </message>
    <message>
      <source>There is no setting {name}</source>
      <translation>Параметра {name} не существует</translation>
    </message>
  </context>
  <context>
    <name>LogCatalog</name>
    <message>
      <source>confabd {version} started, data directory {dataDir}</source>
      <translation>confabd {version} запущен, каталог данных {dataDir}</translation>
    </message>
    <message>
      <source>confabd stopping ({reason})</source>
      <translation>confabd останавливается ({reason})</translation>
    </message>
    <message>
      <source>Listening on {address}:{port} ({kind})</source>
      <translation>Прослушивание {address}:{port} ({kind})</translation>
    </message>
    <message>
      <source>Cannot listen on {address}:{port} ({kind}): {reason}</source>
      <translation>Не удаётся слушать на {address}:{port} ({kind}): {reason}</translation>
    </message>
    <message>
      <source>Connection from {address}</source>
      <translation>Подключение с {address}</translation>
    </message>
    <message>
      <source>Connection from {address} closed ({jid}; {bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Подключение с {address} закрыто ({jid}; получено {bytesIn} байт, отправлено {bytesOut} байт)</translation>
    </message>
    <message>
      <source>TLS established ({protocol}, {cipher})</source>
      <translation>TLS установлен ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{jid} authenticated with {mechanism}</source>
      <translation>{jid} аутентифицирован с помощью {mechanism}</translation>
    </message>
    <message>
      <source>Authentication failed for {user} from {address}: {reason}</source>
      <translation>Ошибка аутентификации {user} с {address}: {reason}</translation>
    </message>
    <message>
      <source>Resource bound: {jid}</source>
      <translation>Ресурс привязан: {jid}</translation>
    </message>
    <message>
      <source>Stream error {condition} sent to {address} ({jid}): {text}</source>
      <translation>Ошибка потока {condition} отправлена {address} ({jid}): {text}</translation>
    </message>
    <message>
      <source>Connection from {address} refused: the limit of {limit} concurrent connections is reached</source>
      <translation>Подключение с {address} отклонено: достигнут предел в {limit} одновременных подключений</translation>
    </message>
    <message>
      <source>Connection from {address} refused: more than {limit} connections from it within a minute</source>
      <translation>Соединение с {address} отклонено: более {limit} соединений с этого адреса за минуту</translation>
    </message>
    <message>
      <source>Connection from {address} aborted: it does not read what is sent to it ({bytes} bytes waiting)</source>
      <translation>Соединение с {address} прервано: оно не читает отправляемые ему данные ({bytes} байт ожидают)</translation>
    </message>
    <message>
      <source>Account {jid} created in-band from {address}</source>
      <translation>Учётная запись {jid} создана через клиент с {address}</translation>
    </message>
    <message>
      <source>In-band registration of "{user}" on {domain} from {address} refused: {reason}</source>
      <translation>Регистрация «{user}» на {domain} с {address} отклонена: {reason}</translation>
    </message>
    <message>
      <source>{jid} changed its password in-band</source>
      <translation>{jid} сменил пароль через клиент</translation>
    </message>
    <message>
      <source>In-band password change of {jid} refused: {reason}</source>
      <translation>Смена пароля {jid} через клиент отклонена: {reason}</translation>
    </message>
    <message>
      <source>{jid} removed its account in-band</source>
      <translation>{jid} удалил свою учётную запись через клиент</translation>
    </message>
    <message>
      <source>In-band removal of the account {jid} failed: {reason}</source>
      <translation>Не удалось удалить учётную запись {jid} через клиент: {reason}</translation>
    </message>
    <message>
      <source>Control connection opened</source>
      <translation>Открыто управляющее подключение</translation>
    </message>
    <message>
      <source>Control connection failed to authenticate: wrong admin password ({failures} in a row)</source>
      <translation>Управляющее подключение не прошло аутентификацию: неверный пароль администратора ({failures} подряд)</translation>
    </message>
    <message>
      <source>Control connection authenticated</source>
      <translation>Управляющее подключение аутентифицировано</translation>
    </message>
    <message>
      <source>First-run setup completed for domain {domain}</source>
      <translation>Первоначальная настройка завершена для домена {domain}</translation>
    </message>
    <message>
      <source>Control connection closed</source>
      <translation>Управляющее подключение закрыто</translation>
    </message>
    <message>
      <source>Control socket listening on {path}</source>
      <translation>Управляющий сокет слушает на {path}</translation>
    </message>
    <message>
      <source>First-run setup: admin password set</source>
      <translation>Первоначальная настройка: пароль администратора задан</translation>
    </message>
    <message>
      <source>Admin added the domain {domain}</source>
      <translation>Администратор добавил домен {domain}</translation>
    </message>
    <message>
      <source>Admin removed the domain {domain} and its accounts</source>
      <translation>Администратор удалил домен {domain} и его учётные записи</translation>
    </message>
    <message>
      <source>Admin set {key} = {value} for the domain {domain}</source>
      <translation>Администратор установил {key} = {value} для домена {domain}</translation>
    </message>
    <message>
      <source>Admin reset {key} to its default for the domain {domain}</source>
      <translation>Администратор сбросил {key} к значению по умолчанию для домена {domain}</translation>
    </message>
    <message>
      <source>Admin added the account {jid}</source>
      <translation>Администратор добавил учётную запись {jid}</translation>
    </message>
    <message>
      <source>Admin changed the password of {jid}</source>
      <translation>Администратор сменил пароль {jid}</translation>
    </message>
    <message>
      <source>Admin removed the account {jid}</source>
      <translation>Администратор удалил учётную запись {jid}</translation>
    </message>
    <message>
      <source>Admin disabled the account {jid}</source>
      <translation>Администратор отключил учётную запись {jid}</translation>
    </message>
    <message>
      <source>Admin enabled the account {jid}</source>
      <translation>Администратор включил учётную запись {jid}</translation>
    </message>
    <message>
      <source>Admin set the global setting {key} = {value}</source>
      <translation>Администратор установил глобальный параметр {key} = {value}</translation>
    </message>
    <message>
      <source>Admin reset the global setting {key} to its default</source>
      <translation>Администратор сбросил глобальный параметр {key} к значению по умолчанию</translation>
    </message>
    <message>
      <source>Admin added routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>Администратор добавил правило маршрутизации {id}: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin changed routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>Администратор изменил правило маршрутизации {id}: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin removed routing rule {id} ({pattern})</source>
      <translation>Администратор удалил правило маршрутизации {id} ({pattern})</translation>
    </message>
    <message>
      <source>Admin moved routing rule {id} to position {position}</source>
      <translation>Администратор переместил правило маршрутизации {id} на позицию {position}</translation>
    </message>
    <message>
      <source>Admin required TLS with a valid certificate for {pattern}</source>
      <translation>Администратор потребовал TLS с действительным сертификатом для {pattern}</translation>
    </message>
    <message>
      <source>Admin no longer requires TLS for {pattern}</source>
      <translation>Администратор больше не требует TLS для {pattern}</translation>
    </message>
    <message>
      <source>Admin trusted the CA certificate {id}: {subject}</source>
      <translation>Администратор добавил доверенный сертификат ЦС {id}: {subject}</translation>
    </message>
    <message>
      <source>Admin removed the trusted CA certificate {id}: {subject}</source>
      <translation>Администратор удалил доверенный сертификат ЦС {id}: {subject}</translation>
    </message>
    <message>
      <source>Admin imported a certificate for {domain}: {subject}, valid until {expires}</source>
      <translation>Администратор импортировал сертификат для {domain}: {subject}, действителен до {expires}</translation>
    </message>
    <message>
      <source>Admin disconnected the session {id}</source>
      <translation>Администратор отключил сеанс {id}</translation>
    </message>
    <message>
      <source>Database opened: {path}</source>
      <translation>База данных открыта: {path}</translation>
    </message>
    <message>
      <source>Database migrated from schema version {from} to {to}</source>
      <translation>База данных перенесена со схемы версии {from} на {to}</translation>
    </message>
    <message>
      <source>Database error in {operation}: {reason}</source>
      <translation>Ошибка базы данных в {operation}: {reason}</translation>
    </message>
    <message>
      <source>Roster or offline storage failed for {jid}: {reason}</source>
      <translation>Сбой списка контактов или офлайн-хранилища для {jid}: {reason}</translation>
    </message>
    <message>
      <source>Offline storage of {jid} is full ({limit} messages): a message from {from} was refused</source>
      <translation>Офлайн-хранилище {jid} заполнено ({limit} сообщений): сообщение от {from} отклонено</translation>
    </message>
    <message>
      <source>Generated a self-signed certificate for {domain}, valid until {expires}</source>
      <translation>Создан самоподписанный сертификат для {domain}, действителен до {expires}</translation>
    </message>
    <message>
      <source>Loaded the certificate for {domain} from {path}, valid until {expires}</source>
      <translation>Загружен сертификат для {domain} из {path}, действителен до {expires}</translation>
    </message>
    <message>
      <source>Certificate for {domain} unusable: {reason}</source>
      <translation>Сертификат для {domain} непригоден: {reason}</translation>
    </message>
    <message>
      <source>Connecting to {domain} at {host} ({address}) port {port}</source>
      <translation>Подключение к {domain} через {host} ({address}), порт {port}</translation>
    </message>
    <message>
      <source>Could not connect to {domain} at {host} port {port}</source>
      <translation>Не удалось подключиться к {domain} через {host}, порт {port}</translation>
    </message>
    <message>
      <source>TLS with {domain} established ({protocol}, {cipher}); certificate: {certificate}</source>
      <translation>TLS с {domain} установлен ({protocol}, {cipher}); сертификат: {certificate}</translation>
    </message>
    <message>
      <source>{from} authenticated to {to} with {method}</source>
      <translation>{from} аутентифицирован у {to} с помощью {method}</translation>
    </message>
    <message>
      <source>{to} refused SASL EXTERNAL for {from}; trying dialback</source>
      <translation>{to} отклонил SASL EXTERNAL для {from}; пробуем dialback</translation>
    </message>
    <message>
      <source>{to} answered dialback for {from} with {type}</source>
      <translation>{to} ответил на dialback для {from}: {type}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} failed: {reason}</source>
      <translation>Подключение к серверу {domain} не удалось: {reason}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} closed</source>
      <translation>Подключение к серверу {domain} закрыто</translation>
    </message>
    <message>
      <source>Returned a stanza from {from} to {to} with {condition}: {reason}</source>
      <translation>Станза от {from} к {to} возвращена с {condition}: {reason}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from} to {to})</source>
      <translation>Серверное подключение с {address} ({from} к {to})</translation>
    </message>
    <message>
      <source>TLS with {from} established ({protocol}, {cipher})</source>
      <translation>TLS с {from} установлен ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{from} authenticated for {to} with {method}</source>
      <translation>{from} аутентифицирован для {to} с помощью {method}</translation>
    </message>
    <message>
      <source>Refused {from} for {to}: {reason}</source>
      <translation>{from} отклонён для {to}: {reason}</translation>
    </message>
    <message>
      <source>Dialback key check from {from} for {to}: valid {valid}</source>
      <translation>Проверка ключа dialback от {from} для {to}: действителен {valid}</translation>
    </message>
    <message>
      <source>Server stream from {address} ({domain}) ended with {condition}: {text}</source>
      <translation>Серверный поток с {address} ({domain}) завершён с {condition}: {text}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from}) closed ({bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Серверное подключение с {address} ({from}) закрыто (получено {bytesIn} байт, отправлено {bytesOut} байт)</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Bytes confabd queues for one connection whose peer does not read what is sent to it; beyond that the connection is closed, so a client that stops reading cannot make the server hold its traffic without bound.</source>
      <translation>Сколько байт confabd держит для соединения, собеседник которого не читает отправляемое; сверх этого соединение закрывается, чтобы клиент, переставший читать, не заставлял сервер копить его трафик без ограничений.</translation>
    </message>
    <message>
      <source>New connections one network address (an IPv6 /64 counts as one) may open within a minute; further ones are refused with a resource-constraint stream error. 0 removes the limit.</source>
      <translation>Сколько новых соединений один сетевой адрес (сеть IPv6 /64 считается одним адресом) может открыть за минуту; следующие отклоняются с ошибкой потока resource-constraint. 0 снимает ограничение.</translation>
    </message>
    <message>
      <source>Stanzas per second one client connection may send (bursts of twice as many are allowed); a faster client is slowed down by reading its stream later, without affecting others. 0 removes the limit.</source>
      <translation>Сколько станз в секунду может отправлять одно клиентское соединение (всплески вдвое больше допустимы); более быстрый клиент замедляется за счёт более позднего чтения его потока, не мешая другим. 0 снимает ограничение.</translation>
    </message>
    <message>
      <source>Most attributes (namespace declarations included) one XML element may carry; an element with more is treated like an oversized stanza.</source>
      <translation>Наибольшее число атрибутов (включая объявления пространств имён) у одного XML-элемента; элемент с большим числом обрабатывается как слишком большая станза.</translation>
    </message>
    <message>
      <source>Longest attribute value accepted, in characters; a longer one is treated like an oversized stanza.</source>
      <translation>Наибольшая допустимая длина значения атрибута в символах; более длинное обрабатывается как слишком большая станза.</translation>
    </message>
    <message>
      <source>Most contacts one account's roster may hold; adding more is refused with a resource-constraint error.</source>
      <translation>Наибольшее число контактов в ростере одной учётной записи; добавление сверх этого отклоняется с ошибкой resource-constraint.</translation>
    </message>
    <message>
      <source>Longest request, in bytes, that the manager or confabctl may send over the control socket (a certificate import carries the PEM files, usually a few kilobytes). A longer request is answered with an error; the connection stays usable. Applies to control connections opened afterwards.</source>
      <translation>Наибольшая длина запроса в байтах, который менеджер или confabctl может отправить через управляющий сокет (импорт сертификата передаёт PEM-файлы, обычно несколько килобайт). На более длинный запрос приходит ошибка; соединение остаётся рабочим. Действует для управляющих соединений, открытых после изменения.</translation>
    </message>
    <message>
      <source>Maximum number of concurrent connections (clients and servers together). Connections beyond it are refused until others close.</source>
      <translation>Максимальное число одновременных подключений (клиенты и серверы вместе). Подключения сверх него отклоняются, пока другие не закроются.</translation>
    </message>
    <message>
      <source>Threads that do the network work of connections (reading, writing, TLS encryption) beside the main thread, which handles the XMPP side. -1 chooses: one for each processor beyond the first, at most 4, and none on a single processor. 0 does everything on the main thread. Takes effect when confabd restarts.</source>
      <translation>Потоки, выполняющие сетевую работу соединений (чтение, запись, шифрование TLS) рядом с основным потоком, который обрабатывает XMPP. -1 — выбрать автоматически: по одному на каждый процессор сверх первого, не больше 4, и ни одного на одном процессоре. 0 — всё выполняется в основном потоке. Вступает в силу после перезапуска confabd.</translation>
    </message>
    <message>
      <source>How much confabd logs: nothing; major (start, stop, failures of a whole service); problems (also errors caused by a client, a peer server or the configuration); low (also connections, authentication and routing decisions); all (also every stanza).</source>
      <translation>Насколько подробно confabd ведёт журнал: nothing — ничего; major — запуск, остановка, отказы целой службы; problems — также ошибки клиента, другого сервера или конфигурации; low — также подключения, аутентификация и решения маршрутизации; all — также каждая станза.</translation>
    </message>
    <message>
      <source>IP address the XMPP listeners bind to. "::" means every IPv4 and IPv6 address of this machine, "0.0.0.0" every IPv4 address only; or give one address of this machine.</source>
      <translation>IP-адрес, на котором слушают службы XMPP. "::" — все адреса IPv4 и IPv6 этого компьютера, "0.0.0.0" — только все адреса IPv4; или укажите один адрес этого компьютера.</translation>
    </message>
    <message>
      <source>TCP port for client connections (STARTTLS).</source>
      <translation>TCP-порт для подключений клиентов (STARTTLS).</translation>
    </message>
    <message>
      <source>TCP port for connections from other XMPP servers.</source>
      <translation>TCP-порт для подключений от других серверов XMPP.</translation>
    </message>
    <message>
      <source>TCP port for client connections that start with TLS directly (XEP-0368).</source>
      <translation>TCP-порт для подключений клиентов, которые сразу начинают с TLS (XEP-0368).</translation>
    </message>
    <message>
      <source>Clients must set up TLS before they authenticate. Turning this off lets passwords and messages cross the network unencrypted; only for tests on a trusted network.</source>
      <translation>Клиенты должны установить TLS до аутентификации. Если отключить, пароли и сообщения передаются по сети без шифрования; только для тестов в доверенной сети.</translation>
    </message>
    <message>
      <source>Largest stanza accepted, in bytes. A client or server that sends a larger one gets a policy-violation stream error and is disconnected.</source>
      <translation>Наибольшая принимаемая станза в байтах. Клиент или сервер, отправивший бо́льшую, получает ошибку потока policy-violation и отключается.</translation>
    </message>
    <message>
      <source>Deepest nesting of XML elements accepted in a stream; deeper input is treated like an oversized stanza.</source>
      <translation>Наибольшая глубина вложенности элементов XML в потоке; более глубокие данные обрабатываются как слишком большая станза.</translation>
    </message>
    <message>
      <source>Seconds a new client connection has to authenticate before it is closed.</source>
      <translation>Сколько секунд новое клиентское подключение может проходить аутентификацию, прежде чем будет закрыто.</translation>
    </message>
    <message>
      <source>Seconds without any data from an authenticated client after which its connection is closed (clients send keep-alives well within this).</source>
      <translation>Через сколько секунд без данных от аутентифицированного клиента его подключение закрывается (клиенты отправляют keep-alive значительно чаще).</translation>
    </message>
    <message>
      <source>Milliseconds to wait before answering a failed authentication, to slow down password guessing.</source>
      <translation>Сколько миллисекунд ждать перед ответом на неудачную аутентификацию, чтобы замедлить подбор паролей.</translation>
    </message>
    <message>
      <source>Seconds without traffic after which a connection to or from another server is closed; it is reopened when needed.</source>
      <translation>Через сколько секунд без трафика закрывается подключение к другому серверу или от него; при необходимости оно открывается снова.</translation>
    </message>
    <message>
      <source>Seconds stanzas for a remote domain wait while the connection to it is set up; after that they are returned to their senders with an error.</source>
      <translation>Сколько секунд станзы для удалённого домена ждут установки подключения к нему; затем они возвращаются отправителям с ошибкой.</translation>
    </message>
    <message>
      <source>IP address of the DNS server used to look up other XMPP servers. Empty: the system's resolver configuration.</source>
      <translation>IP-адрес DNS-сервера для поиска других серверов XMPP. Пусто — системные настройки DNS.</translation>
    </message>
    <message>
      <source>Leave the operating system out of software version answers (XEP-0092).</source>
      <translation>Не указывать операционную систему в ответах о версии ПО (XEP-0092).</translation>
    </message>
    <message>
      <source>Messages kept for a user while they are offline; further messages are refused with an error to the sender. 0 turns offline storage off.</source>
      <translation>Сколько сообщений хранится для пользователя, пока он не в сети; следующие отклоняются с ошибкой для отправителя. 0 отключает офлайн-хранилище.</translation>
    </message>
    <message>
      <source>Accounts one network address (an IPv6 /64 counts as one) may create in-band within an hour on domains with free registration; further attempts are refused. 0 removes the limit.</source>
      <translation>Сколько учётных записей один сетевой адрес (сеть IPv6 /64 считается одним адресом) может создать через клиент за час на доменах со свободной регистрацией; дальнейшие попытки отклоняются. 0 снимает ограничение.</translation>
    </message>
    <message>
      <source>The domain is served. A disabled domain keeps its accounts and data but accepts no logins and no stanzas.</source>
      <translation>Домен обслуживается. Отключённый домен сохраняет учётные записи и данные, но не принимает входов и станз.</translation>
    </message>
    <message>
      <source>Anyone may create an account on this domain from an XMPP client (XEP-0077). Leave off unless the server is meant to be public: open registration attracts spammers.</source>
      <translation>Любой может создать учётную запись на этом домене из клиента XMPP (XEP-0077). Не включайте, если сервер не задуман как публичный: открытая регистрация привлекает спамеров.</translation>
    </message>
    <message>
      <source>Users may change their own password from their client (XEP-0077).</source>
      <translation>Пользователи могут менять свой пароль из клиента (XEP-0077).</translation>
    </message>
    <message>
      <source>Clients may log in without an account (SASL ANONYMOUS) and get a temporary address on this domain.</source>
      <translation>Клиенты могут входить без учётной записи (SASL ANONYMOUS) и получать временный адрес на этом домене.</translation>
    </message>
    <message>
      <source>Also accept old authentication methods: non-SASL login (XEP-0078, jabber:iq:auth), CRAM-MD5 and DIGEST-MD5. They need each password stored in a reversible form next to the salted SCRAM keys, so a stolen database reveals the passwords. Passwords set while this is off work with these methods only after they are set again. Enable only for old clients that cannot use SCRAM.</source>
      <translation>Принимать также старые методы аутентификации: вход без SASL (XEP-0078, jabber:iq:auth), CRAM-MD5 и DIGEST-MD5. Для них каждый пароль хранится в обратимом виде рядом с солёными ключами SCRAM, поэтому украденная база данных раскрывает пароли. Пароли, заданные при выключенном параметре, работают с этими методами только после повторной установки. Включайте только для старых клиентов без SCRAM.</translation>
    </message>
    <message>
      <source>SASL mechanisms offered to clients, most preferred first. The -PLUS variants bind the login to the TLS connection. CRAM-MD5 and DIGEST-MD5 take effect only with auth.legacy on; ANONYMOUS is controlled by auth.anonymous.</source>
      <translation>Механизмы SASL, предлагаемые клиентам, в порядке предпочтения. Варианты -PLUS привязывают вход к соединению TLS. CRAM-MD5 и DIGEST-MD5 действуют только при включённом auth.legacy; ANONYMOUS управляется через auth.anonymous.</translation>
    </message>
    <message>
      <source>Additional addresses listed in this domain's service discovery items (XEP-0030), for example a gateway or a service that runs elsewhere.</source>
      <translation>Дополнительные адреса в элементах обнаружения служб этого домена (XEP-0030), например шлюз или служба, работающая в другом месте.</translation>
    </message>
    <message>
      <source>PEM file with this domain's certificate chain, inside the data directory. Empty: confabd generates a self-signed certificate.</source>
      <translation>Файл PEM с цепочкой сертификатов этого домена внутри каталога данных. Пусто — confabd создаёт самоподписанный сертификат.</translation>
    </message>
    <message>
      <source>Stanzas that may wait for one pair of local and remote domain while the connection is set up; further stanzas are returned to their senders with an error.</source>
      <translation>Сколько станз может ждать для одной пары локального и удалённого домена, пока устанавливается подключение; следующие возвращаются отправителям с ошибкой.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectPage</name>
    <message>
      <source>Connect to confabd</source>
      <translation>Подключение к confabd</translation>
    </message>
    <message>
      <source>The manager talks to the Confab service on this computer through its control socket.</source>
      <translation>Менеджер связывается со службой Confab на этом компьютере через её управляющий сокет.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>Control socket:</source>
      <translation>Управляющий сокет:</translation>
    </message>
    <message>
      <source>Admin password:</source>
      <translation>Пароль администратора:</translation>
    </message>
    <message>
      <source>Remember the password in the system keychain</source>
      <translation>Запомнить пароль в системной связке ключей</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>Подключиться</translation>
    </message>
    <message>
      <source>Choose the control socket</source>
      <translation>Выберите управляющий сокет</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectionsPage</name>
    <message>
      <source>Connections</source>
      <translation>Подключения</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Address (JID or domain)</source>
      <translation>Адрес (JID или домен)</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Откуда</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Шифрование</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>С</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>Отключить</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <source>client</source>
      <translation>клиент</translation>
    </message>
    <message>
      <source>server</source>
      <translation>сервер</translation>
    </message>
    <message>
      <source>not yet known</source>
      <translation>ещё неизвестно</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>вошёл</translation>
    </message>
    <message>
      <source>negotiating</source>
      <translation>согласование</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>Session %1 was disconnected.</source>
      <translation>Сеанс %1 отключён.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <translation>Обзор</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n день</numerusform>
        <numerusform>%n дня</numerusform>
        <numerusform>%n дней</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n час</numerusform>
        <numerusform>%n часа</numerusform>
        <numerusform>%n часов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n минута</numerusform>
        <numerusform>%n минуты</numerusform>
        <numerusform>%n минут</numerusform>
      </translation>
    </message>
    <message>
      <source>Listening ports</source>
      <translation>Прослушиваемые порты</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Порт</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Сертификаты</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Домен</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Действителен до</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Кем выдан</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Имена</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Сервер</translation>
    </message>
    <message>
      <source>running, %1</source>
      <translation>работает, %1</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>Время работы</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>Домены</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>Учётные записи</translation>
    </message>
    <message>
      <source>Open connections</source>
      <translation>Открытые подключения</translation>
    </message>
    <message>
      <source>Logged-in sessions</source>
      <translation>Сеансы с входом</translation>
    </message>
    <message>
      <source>Data directory</source>
      <translation>Каталог данных</translation>
    </message>
    <message>
      <source>clients and servers, direct TLS</source>
      <translation>клиенты и серверы, сразу TLS</translation>
    </message>
    <message>
      <source>clients and servers (STARTTLS)</source>
      <translation>клиенты и серверы (STARTTLS)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>самоподписанный</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>центр сертификации</translation>
    </message>
    <message>
      <source>The certificate of %1 has expired. Clients and servers will refuse to connect.</source>
      <translation>Срок действия сертификата %1 истёк. Клиенты и серверы откажутся подключаться.</translation>
    </message>
    <message numerus="yes">
      <source>The certificate of %1 expires in %n day(s).</source>
      <translation>
        <numerusform>Сертификат %1 истекает через %n день.</numerusform>
        <numerusform>Сертификат %1 истекает через %n дня.</numerusform>
        <numerusform>Сертификат %1 истекает через %n дней.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 uses a self-signed certificate: other servers and most clients will not trust it. Import one from a certificate authority on the Security page.</source>
      <translation>%1 использует самоподписанный сертификат: другие серверы и большинство клиентов ему не доверяют. Импортируйте сертификат центра сертификации на странице «Безопасность».</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DomainsPage</name>
    <message>
      <source>Domains</source>
      <translation>Домены</translation>
    </message>
    <message>
      <source>example.com</source>
      <translation>example.com</translation>
    </message>
    <message>
      <source>Add domain</source>
      <translation>Добавить домен</translation>
    </message>
    <message>
      <source>Remove domain…</source>
      <translation>Удалить домен…</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Применить изменения</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n user(s))</source>
      <translation>
        <numerusform>%1 (%n пользователь)</numerusform>
        <numerusform>%1 (%n пользователя)</numerusform>
        <numerusform>%1 (%n пользователей)</numerusform>
      </translation>
    </message>
    <message>
      <source>Add a domain to host it.</source>
      <translation>Добавьте домен, чтобы обслуживать его.</translation>
    </message>
    <message>
      <source>Settings of %1</source>
      <translation>Параметры %1</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>«%1» — недопустимое доменное имя.</translation>
    </message>
    <message>
      <source>%1 is now hosted. confabd created a self-signed certificate for it.</source>
      <translation>%1 теперь обслуживается. confabd создал для него самоподписанный сертификат.</translation>
    </message>
    <message>
      <source>Remove domain</source>
      <translation>Удаление домена</translation>
    </message>
    <message>
      <source>Stop hosting %1 and delete all of its user accounts? This cannot be undone.</source>
      <translation>Прекратить обслуживание %1 и удалить все его учётные записи? Это нельзя отменить.</translation>
    </message>
    <message>
      <source>%1 is no longer hosted.</source>
      <translation>%1 больше не обслуживается.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Некоторые значения недопустимы; они отмечены. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Нечего изменять.</translation>
    </message>
    <message>
      <source>The settings of %1 were saved.</source>
      <translation>Параметры %1 сохранены.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::LogsPage</name>
    <message>
      <source>Logs</source>
      <translation>Журнал</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>ничего</translation>
    </message>
    <message>
      <source>major</source>
      <translation>важное</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>проблема</translation>
    </message>
    <message>
      <source>low level</source>
      <translation>низкий уровень</translation>
    </message>
    <message>
      <source>detail</source>
      <translation>подробно</translation>
    </message>
    <message>
      <source>Major events only</source>
      <translation>Только важные события</translation>
    </message>
    <message>
      <source>Problems and major events</source>
      <translation>Проблемы и важные события</translation>
    </message>
    <message>
      <source>Also low-level events</source>
      <translation>Также события низкого уровня</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Всё</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Все теги</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>Фильтр по тексту</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>Следить</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Тег</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Подключение</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Сообщение</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>Экспорт журнала</translation>
    </message>
    <message>
      <source>Text files (*.txt);;All files (*)</source>
      <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <source>The log was saved to %1.</source>
      <translation>Журнал сохранён в %1.</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>Не удаётся записать %1: %2</translation>
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
      <translation>&amp;Сервер</translation>
    </message>
    <message>
      <source>Connect to another server…</source>
      <translation>Подключиться к другому серверу…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>About Confab Manager</source>
      <translation>О Confab Manager</translation>
    </message>
    <message>
      <source>Confab Manager %1: set-up and administration of the Confab XMPP server.</source>
      <translation>Confab Manager %1: настройка и администрирование XMPP-сервера Confab.</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>Подключение к %1…</translation>
    </message>
    <message>
      <source>Connected to %1. Enter the admin password.</source>
      <translation>Подключено к %1. Введите пароль администратора.</translation>
    </message>
    <message>
      <source>The manager reconnects on its own when confabd is back.</source>
      <translation>Менеджер переподключится сам, когда confabd снова заработает.</translation>
    </message>
    <message>
      <source>Connected to %1 (%2)</source>
      <translation>Подключено к %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::PasswordVault</name>
    <message>
      <source>The system keychain cannot be used (%1). The manager works without it, but asks for the password each time.</source>
      <translation>Системная связка ключей недоступна (%1). Менеджер работает и без неё, но каждый раз спрашивает пароль.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::RoutingPage</name>
    <message>
      <source>Routing</source>
      <translation>Маршрутизация</translation>
    </message>
    <message>
      <source>refuse</source>
      <translation>отклонять</translation>
    </message>
    <message>
      <source>relay to %1</source>
      <translation>ретранслировать через %1</translation>
    </message>
    <message>
      <source>Traffic to other servers normally goes to the servers their DNS names. These rules override that: the first rule whose pattern matches the remote domain decides. Drag rules to change their order. * stands for any characters.</source>
      <translation>Трафик к другим серверам обычно идёт на серверы, указанные в их DNS. Эти правила переопределяют это: решает первое правило, шаблон которого подходит к удалённому домену. Перетаскивайте правила, чтобы изменить порядок. * означает любые символы.</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Позиция</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Шаблон</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Комментарий</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Правило</translation>
    </message>
    <message>
      <source>Relay through another server</source>
      <translation>Ретрансляция через другой сервер</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>Отклонять</translation>
    </message>
    <message>
      <source>default (5269)</source>
      <translation>по умолчанию (5269)</translation>
    </message>
    <message>
      <source>Remote domain pattern:</source>
      <translation>Шаблон удалённого домена:</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Действие:</translation>
    </message>
    <message>
      <source>Relay host:</source>
      <translation>Узел-ретранслятор:</translation>
    </message>
    <message>
      <source>Relay port:</source>
      <translation>Порт ретранслятора:</translation>
    </message>
    <message>
      <source>Comment:</source>
      <translation>Комментарий:</translation>
    </message>
    <message>
      <source>Add rule</source>
      <translation>Добавить правило</translation>
    </message>
    <message>
      <source>Save selected rule</source>
      <translation>Сохранить выбранное правило</translation>
    </message>
    <message>
      <source>Remove selected rule</source>
      <translation>Удалить выбранное правило</translation>
    </message>
    <message>
      <source>Test a domain</source>
      <translation>Проверка домена</translation>
    </message>
    <message>
      <source>Remote domain, e.g. %1</source>
      <translation>Удалённый домен, напр. %1</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Проверить</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>Удаление правила</translation>
    </message>
    <message>
      <source>Remove the selected rule?</source>
      <translation>Удалить выбранное правило?</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Укажите доменное имя, где * означает любые символы, напр. *.example.com.</translation>
    </message>
    <message>
      <source>Give the host name or IP address of the relay server.</source>
      <translation>Укажите имя узла или IP-адрес сервера-ретранслятора.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Некоторые значения недопустимы; они отмечены. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Rule for %1 added.</source>
      <translation>Правило для %1 добавлено.</translation>
    </message>
    <message>
      <source>Select a rule first.</source>
      <translation>Сначала выберите правило.</translation>
    </message>
    <message>
      <source>Rule saved.</source>
      <translation>Правило сохранено.</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>«%1» — недопустимое доменное имя.</translation>
    </message>
    <message>
      <source>%1 matches rule %2 (%3): %4.</source>
      <translation>%1 подходит к правилу %2 (%3): %4.</translation>
    </message>
    <message>
      <source>No rule matches %1: confabd looks up its servers in DNS (SRV records).</source>
      <translation>Ни одно правило не подходит к %1: confabd ищет его серверы в DNS (записи SRV).</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SecurityPage</name>
    <message>
      <source>Security</source>
      <translation>Безопасность</translation>
    </message>
    <message>
      <source>Send encrypted only</source>
      <translation>Только с шифрованием</translation>
    </message>
    <message>
      <source>confabd talks to these remote domains only over TLS with a valid certificate.</source>
      <translation>С этими удалёнными доменами confabd общается только по TLS с действительным сертификатом.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Trusted certificate authorities</source>
      <translation>Доверенные центры сертификации</translation>
    </message>
    <message>
      <source>Trusted for server-to-server TLS in addition to the system's.</source>
      <translation>Доверенные для TLS между серверами в дополнение к системным.</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Субъект</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Действителен до</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Add from file…</source>
      <translation>Добавить из файла…</translation>
    </message>
    <message>
      <source>Certificates of the hosted domains</source>
      <translation>Сертификаты обслуживаемых доменов</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Домен</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Кем выдан</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Имена</translation>
    </message>
    <message>
      <source>Import certificate…</source>
      <translation>Импорт сертификата…</translation>
    </message>
    <message>
      <source>Trust a CA certificate</source>
      <translation>Доверять сертификату ЦС</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>самоподписанный</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>центр сертификации</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Укажите доменное имя, где * означает любые символы, напр. *.example.com.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) added.</source>
      <translation>
        <numerusform>Добавлен %n сертификат.</numerusform>
        <numerusform>Добавлено %n сертификата.</numerusform>
        <numerusform>Добавлено %n сертификатов.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 now uses the certificate for %2.</source>
      <translation>%1 теперь использует сертификат для %2.</translation>
    </message>
    <message>
      <source>Import certificate</source>
      <translation>Импорт сертификата</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Выберите файл</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Сертификаты и ключи (*.pem *.crt *.key *.pfx *.p12);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Домен:</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Сертификат (PEM или PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Закрытый ключ (PEM; не для PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Пароль (PFX или зашифрованный ключ):</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::Session</name>
    <message>
      <source>confabd is not running: there is no control socket at %1. Start the Confab service; the manager connects as soon as it is up.</source>
      <translation>confabd не запущен: управляющего сокета %1 нет. Запустите службу Confab; менеджер подключится, как только она заработает.</translation>
    </message>
    <message>
      <source>confabd refused the connection at %1. It may be stopping or starting; the manager keeps trying.</source>
      <translation>confabd отклонил подключение к %1. Возможно, он останавливается или запускается; менеджер продолжает попытки.</translation>
    </message>
    <message>
      <source>You may not open %1. Add your user to the group "confab" (then log in again) or run the manager as confabd's user.</source>
      <translation>У вас нет доступа к %1. Добавьте своего пользователя в группу "confab" (затем войдите в систему заново) или запустите менеджер от имени пользователя confabd.</translation>
    </message>
    <message>
      <source>The connection to confabd was lost. Reconnecting…</source>
      <translation>Подключение к confabd потеряно. Переподключение…</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>Неверный пароль администратора.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsForm</name>
    <message>
      <source>Outgoing server queue (stanzas)</source>
      <translation>Очередь к другим серверам (станзы)</translation>
    </message>
    <message>
      <source>Client send buffer (bytes)</source>
      <translation>Буфер отправки клиенту (байты)</translation>
    </message>
    <message>
      <source>New connections per address per minute</source>
      <translation>Новых подключений с адреса в минуту</translation>
    </message>
    <message>
      <source>Stanzas per second per client</source>
      <translation>Станз в секунду на клиента</translation>
    </message>
    <message>
      <source>Attributes per element</source>
      <translation>Атрибутов в элементе</translation>
    </message>
    <message>
      <source>Largest attribute value (bytes)</source>
      <translation>Наибольшее значение атрибута (байты)</translation>
    </message>
    <message>
      <source>Contacts per user</source>
      <translation>Контактов у пользователя</translation>
    </message>
    <message>
      <source>Largest admin request (bytes)</source>
      <translation>Наибольший запрос администрирования (байты)</translation>
    </message>
    <message>
      <source>Network threads</source>
      <translation>Сетевые потоки</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Автоматически</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation>Ничего</translation>
    </message>
    <message>
      <source>Major events</source>
      <translation>Важные события</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Проблемы</translation>
    </message>
    <message>
      <source>Low level</source>
      <translation>Низкий уровень</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Всё</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. %1</source>
      <translation>Через запятую, напр. %1</translation>
    </message>
    <message>
      <source>Connection limit</source>
      <translation>Предел подключений</translation>
    </message>
    <message>
      <source>Log level</source>
      <translation>Уровень журнала</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>Адрес прослушивания</translation>
    </message>
    <message>
      <source>Client port</source>
      <translation>Порт клиентов</translation>
    </message>
    <message>
      <source>Server-to-server port</source>
      <translation>Порт для серверов</translation>
    </message>
    <message>
      <source>Client port (direct TLS)</source>
      <translation>Порт клиентов (сразу TLS)</translation>
    </message>
    <message>
      <source>Clients must use TLS</source>
      <translation>Клиенты обязаны использовать TLS</translation>
    </message>
    <message>
      <source>Largest stanza (bytes)</source>
      <translation>Наибольшая станза (байт)</translation>
    </message>
    <message>
      <source>Deepest XML nesting</source>
      <translation>Наибольшая вложенность XML</translation>
    </message>
    <message>
      <source>Login timeout (seconds)</source>
      <translation>Тайм-аут входа (секунды)</translation>
    </message>
    <message>
      <source>Client idle timeout (seconds)</source>
      <translation>Тайм-аут простоя клиента (секунды)</translation>
    </message>
    <message>
      <source>Delay after a failed login (ms)</source>
      <translation>Задержка после неудачного входа (мс)</translation>
    </message>
    <message>
      <source>Server idle timeout (seconds)</source>
      <translation>Тайм-аут простоя сервера (секунды)</translation>
    </message>
    <message>
      <source>Queue timeout for remote servers (seconds)</source>
      <translation>Тайм-аут очереди к удалённым серверам (секунды)</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>DNS-сервер</translation>
    </message>
    <message>
      <source>Hide the operating system in version answers</source>
      <translation>Скрывать ОС в ответах о версии</translation>
    </message>
    <message>
      <source>Offline messages kept per user</source>
      <translation>Офлайн-сообщений на пользователя</translation>
    </message>
    <message>
      <source>New accounts per address and hour</source>
      <translation>Новых учётных записей с адреса в час</translation>
    </message>
    <message>
      <source>Domain is served</source>
      <translation>Домен обслуживается</translation>
    </message>
    <message>
      <source>Free registration from XMPP clients</source>
      <translation>Свободная регистрация из клиентов XMPP</translation>
    </message>
    <message>
      <source>Users may change their password</source>
      <translation>Пользователи могут менять пароль</translation>
    </message>
    <message>
      <source>Anonymous login</source>
      <translation>Анонимный вход</translation>
    </message>
    <message>
      <source>Old authentication methods</source>
      <translation>Старые методы аутентификации</translation>
    </message>
    <message>
      <source>SASL methods allowed</source>
      <translation>Разрешённые методы SASL</translation>
    </message>
    <message>
      <source>Extra service discovery items</source>
      <translation>Дополнительные элементы обнаружения служб</translation>
    </message>
    <message>
      <source>Certificate file</source>
      <translation>Файл сертификата</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Параметры</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Применить изменения</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Некоторые значения недопустимы; они отмечены. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Нечего изменять.</translation>
    </message>
    <message>
      <source>Settings saved. New ports and the listen address take effect when confabd restarts.</source>
      <translation>Параметры сохранены. Новые порты и адрес прослушивания вступят в силу после перезапуска confabd.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Параметры сохранены.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SetupWizard</name>
    <message>
      <source>Set up Confab</source>
      <translation>Настройка Confab</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Готово</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>Далее &gt;</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; Назад</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>«%1» — недопустимое доменное имя.</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>Настройка…</translation>
    </message>
    <message>
      <source>The admin password is set, but a later step failed: %1 Finish the remaining settings on the manager's pages.</source>
      <translation>Пароль администратора задан, но следующий шаг не удался: %1 Завершите остальные настройки на страницах менеджера.</translation>
    </message>
    <message>
      <source>Copy records</source>
      <translation>Копировать записи</translation>
    </message>
    <message>
      <source>Your XMPP domain</source>
      <translation>Ваш домен XMPP</translation>
    </message>
    <message>
      <source>Addresses will look like user@domain. Usually this is your company's domain name.</source>
      <translation>Адреса будут иметь вид user@domain. Обычно это доменное имя вашей компании.</translation>
    </message>
    <message>
      <source>Domain name:</source>
      <translation>Доменное имя:</translation>
    </message>
    <message>
      <source>Host name of this server:</source>
      <translation>Имя узла этого сервера:</translation>
    </message>
    <message>
      <source>Publish these DNS SRV records in your domain's DNS zone so that clients and other servers find this server:</source>
      <translation>Опубликуйте эти записи DNS SRV в зоне DNS вашего домена, чтобы клиенты и другие серверы нашли этот сервер:</translation>
    </message>
    <message>
      <source>“%1” is not a valid host name.</source>
      <translation>«%1» — недопустимое имя узла.</translation>
    </message>
    <message>
      <source>Admin password</source>
      <translation>Пароль администратора</translation>
    </message>
    <message>
      <source>The manager and confabctl ask for this password. Use at least 8 characters.</source>
      <translation>Менеджер и confabctl запрашивают этот пароль. Используйте не менее 8 символов.</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Пароль:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Повторите пароль:</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Сертификат</translation>
    </message>
    <message>
      <source>Clients and servers check this certificate when they connect with TLS.</source>
      <translation>Клиенты и серверы проверяют этот сертификат при подключении по TLS.</translation>
    </message>
    <message>
      <source>Generate a self-signed certificate now (replace it later)</source>
      <translation>Создать самоподписанный сертификат сейчас (заменить позже)</translation>
    </message>
    <message>
      <source>Import a certificate from a certificate authority</source>
      <translation>Импортировать сертификат центра сертификации</translation>
    </message>
    <message>
      <source>Other servers and most clients do not trust a self-signed certificate.</source>
      <translation>Другие серверы и большинство клиентов не доверяют самоподписанному сертификату.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Выберите файл</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Сертификаты и ключи (*.pem *.crt *.key *.pfx *.p12);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Сертификат (PEM или PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Закрытый ключ (PEM; не для PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Пароль (PFX или зашифрованный ключ):</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>Порты</translation>
    </message>
    <message>
      <source>The standard ports suit almost every installation. Open them in your firewall.</source>
      <translation>Стандартные порты подходят почти для любой установки. Откройте их в брандмауэре.</translation>
    </message>
    <message>
      <source>Clients (STARTTLS):</source>
      <translation>Клиенты (STARTTLS):</translation>
    </message>
    <message>
      <source>Other servers:</source>
      <translation>Другие серверы:</translation>
    </message>
    <message>
      <source>Clients (direct TLS):</source>
      <translation>Клиенты (сразу TLS):</translation>
    </message>
    <message>
      <source>Each port must be different.</source>
      <translation>Все порты должны различаться.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Регистрация</translation>
    </message>
    <message>
      <source>Who may create accounts?</source>
      <translation>Кто может создавать учётные записи?</translation>
    </message>
    <message>
      <source>Anyone may create an account from an XMPP client (free registration)</source>
      <translation>Любой может создать учётную запись из клиента XMPP (свободная регистрация)</translation>
    </message>
    <message>
      <source>Leave this off unless the server is meant to be public: open registration attracts spammers. You add accounts on the Users page.</source>
      <translation>Не включайте, если сервер не задуман как публичный: открытая регистрация привлекает спамеров. Учётные записи добавляются на странице «Пользователи».</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <source>Finish sets up confabd with these values.</source>
      <translation>«Готово» настроит confabd с этими значениями.</translation>
    </message>
    <message>
      <source>DNS SRV records to publish:</source>
      <translation>Записи DNS SRV для публикации:</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Домен:</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>Сертификат:</translation>
    </message>
    <message>
      <source>imported from %1</source>
      <translation>импортирован из %1</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>самоподписанный</translation>
    </message>
    <message>
      <source>Ports:</source>
      <translation>Порты:</translation>
    </message>
    <message>
      <source>clients %1, servers %2, direct TLS %3</source>
      <translation>клиенты %1, серверы %2, сразу TLS %3</translation>
    </message>
    <message>
      <source>Free registration:</source>
      <translation>Свободная регистрация:</translation>
    </message>
    <message>
      <source>on</source>
      <translation>вкл.</translation>
    </message>
    <message>
      <source>off</source>
      <translation>выкл.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::UsersPage</name>
    <message>
      <source>Users</source>
      <translation>Пользователи</translation>
    </message>
    <message>
      <source>Address (user@domain):</source>
      <translation>Адрес (user@domain):</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Пароль:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Повторите пароль:</translation>
    </message>
    <message>
      <source>Search user names</source>
      <translation>Поиск по имени пользователя</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Домен:</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>Добавить пользователя…</translation>
    </message>
    <message>
      <source>Set password…</source>
      <translation>Задать пароль…</translation>
    </message>
    <message>
      <source>Disable / enable</source>
      <translation>Отключить / включить</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Remove user</source>
      <translation>Удаление пользователя</translation>
    </message>
    <message>
      <source>Delete the account %1 and everything stored for it?</source>
      <translation>Удалить учётную запись %1 и всё, что для неё хранится?</translation>
    </message>
    <message>
      <source>All domains</source>
      <translation>Все домены</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>отключён</translation>
    </message>
    <message>
      <source>active</source>
      <translation>активен</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>Добавление пользователя</translation>
    </message>
    <message>
      <source>Select a user first.</source>
      <translation>Сначала выберите пользователя.</translation>
    </message>
    <message>
      <source>Set password</source>
      <translation>Задать пароль</translation>
    </message>
    <message>
      <source>“%1” is not an address of the form user@domain.</source>
      <translation>«%1» — не адрес вида user@domain.</translation>
    </message>
    <message>
      <source>The account %1 was created.</source>
      <translation>Учётная запись %1 создана.</translation>
    </message>
    <message>
      <source>The password of %1 was changed.</source>
      <translation>Пароль %1 изменён.</translation>
    </message>
    <message>
      <source>%1 can no longer log in.</source>
      <translation>%1 больше не может входить.</translation>
    </message>
    <message>
      <source>%1 can log in again.</source>
      <translation>%1 снова может входить.</translation>
    </message>
    <message>
      <source>The account %1 was deleted.</source>
      <translation>Учётная запись %1 удалена.</translation>
    </message>
  </context>
</TS>
