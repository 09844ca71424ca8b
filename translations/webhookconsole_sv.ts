<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/apierror.cpp" line="+57"/>
        <source>Network error</source>
        <translation>Nätverksfel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS error</source>
        <translation>TLS-fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Tidsgränsen överskreds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP error</source>
        <translation>HTTP-fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed</source>
        <translation>Autentiseringen misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable answer</source>
        <translation>Oläsligt svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>Ogiltiga indata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 misslyckades: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed (%2)</source>
        <translation>%1 misslyckades (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trace id: %1</source>
        <translation>Spårnings-id (trace id): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Försök igen om: %n sekund</numerusform>
            <numerusform>Försök igen om: %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint: %1</source>
        <translation>Tips: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the client_id, client_secret and subscription key. Test keys fail against production and production keys against test: these keys may belong to the other environment.</source>
        <translation>Kontrollera client_id, client_secret och prenumerationsnyckeln. Testnycklar fungerar inte mot produktion och produktionsnycklar inte mot testmiljön: nycklarna kan höra till den andra miljön.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate was not accepted. Check the base URL and the system&apos;s certificate authorities; the console never ignores certificate errors.</source>
        <translation>Serverns certifikat godkändes inte. Kontrollera bas-URL:en och systemets certifikatutfärdare; konsolen ignorerar aldrig certifikatfel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time. Check the network connection and try again.</source>
        <translation>Servern svarade inte i tid. Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the base URL.</source>
        <translation>Kontrollera nätverksanslutningen och bas-URL:en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys are not authorised for this sales unit or product. Check the Merchant Serial Number, or use partner keys without one.</source>
        <translation>Nycklarna har inte behörighet för det här försäljningsstället eller produkten. Kontrollera Merchant Serial Number (MSN), eller använd partnernycklar utan MSN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API is rate limiting these keys. Wait a moment and try again.</source>
        <translation>API:et begränsar antalet anrop för de här nycklarna. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API had a problem. Try again later; if it persists, give Vipps MobilePay support the trace id.</source>
        <translation>API:et hade ett problem. Försök igen senare; om det kvarstår, ge Vipps MobilePays kundtjänst spårnings-id:t (trace id).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server</source>
        <translation>servern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection: nothing answers at that address and port.</source>
        <translation>%1 nekade anslutningen: inget svarar på den adressen och porten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection before it answered.</source>
        <translation>%1 stängde anslutningen innan den svarade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 was not found: check the address and the network connection.</source>
        <translation>Värden %1 hittades inte: kontrollera adressen och nätverksanslutningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 timed out.</source>
        <translation>Anslutningen till %1 överskred tidsgränsen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled.</source>
        <translation>Begäran avbröts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection (TLS) to %1 could not be set up.</source>
        <translation>Det gick inte att upprätta en säker anslutning (TLS) till %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network is not available: check the network connection.</source>
        <translation>Nätverket är inte tillgängligt: kontrollera nätverksanslutningen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The network proxy could not be used: check the proxy settings.</source>
        <translation>Nätverksproxyn kunde inte användas: kontrollera proxyinställningarna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Anslutningen till %1 misslyckades (nätverksfel %2).</translation>
    </message>
</context>
<context>
    <name>ApiParsers</name>
    <message>
        <location filename="../app/core/apiparsers.cpp" line="+21"/>
        <source>The answer&apos;s field &quot;%1&quot; %2.</source>
        <translation>Fältet &quot;%1&quot; i svaret %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is not valid JSON (%1 at offset %2).</source>
        <translation>Svaret är inte giltig JSON (%1 vid position %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer is not a JSON object.</source>
        <translation>Svaret är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+50"/>
        <location line="+4"/>
        <location line="+24"/>
        <location line="+3"/>
        <source>is missing or not a text</source>
        <translation>saknas eller är inte text</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>is not a text</source>
        <translation>är inte text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not &quot;Bearer&quot;</source>
        <translation>är inte &quot;Bearer&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>is not a number</source>
        <translation>är inte ett tal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is out of range</source>
        <translation>ligger utanför tillåtet intervall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>is missing or not a list</source>
        <translation>saknas eller är inte en lista</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is not an object</source>
        <translation>är inte ett objekt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>contains something other than text</source>
        <translation>innehåller något annat än text</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <location filename="../app/storage/changehistory.cpp" line="+143"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied a file</source>
        <translation>Tillämpade en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret entered</source>
        <translation>Hemlighet angiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret revealed</source>
        <translation>Hemlighet visad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret exported</source>
        <translation>Hemlighet exporterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret removed</source>
        <translation>Hemlighet borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed outside this console</source>
        <translation>Borttagen utanför den här konsolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeared from elsewhere</source>
        <translation>Dök upp från annat håll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>started, outcome unknown</source>
        <translation>startad, utfall okänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>lyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noticed</source>
        <translation>upptäckt</translation>
    </message>
</context>
<context>
    <name>ChangesBanner</name>
    <message>
        <location filename="../ui/watchactions.cpp" line="+36"/>
        <source>%1 (%2; id %3)</source>
        <translation>%1 (%2; id %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register Again…</source>
        <translation>Registrera igen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register the vanished webhook again: its URL is checked first, and it gets a new secret.</source>
        <translation>Registrera den försvunna webhooken igen: dess URL kontrolleras först, och den får en ny hemlighet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n registration(s) removed outside this console between %1 and %2 — Vipps MobilePay removes endpoints that failed for two weeks:</source>
        <translation>
            <numerusform>%n registrering borttagen utanför den här konsolen mellan %1 och %2 — Vipps MobilePay tar bort slutpunkter som har misslyckats i två veckor:</numerusform>
            <numerusform>%n registreringar borttagna utanför den här konsolen mellan %1 och %2 — Vipps MobilePay tar bort slutpunkter som har misslyckats i två veckor:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n registration(s) appeared from elsewhere:</source>
        <translation>
            <numerusform>%n registrering dök upp från annat håll:</numerusform>
            <numerusform>%n registreringar dök upp från annat håll:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/checkurlcommand.cpp" line="+61"/>
        <source>check-url needs exactly one URL.</source>
        <translation>check-url behöver exakt en URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is set: loopback addresses pass with a warning. For tests only.</source>
        <translation>%1 är satt: loopback-adresser godkänns med en varning. Endast för test.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 as Vipps MobilePay would call it:</source>
        <translation>Kontrollerar %1 så som Vipps MobilePay skulle anropa den:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The test POST was signed with a made-up secret (give the real one with --secret-stdin to check signature verification too).</source>
        <translation>Test-POST:en signerades med en påhittad hemlighet (ange den riktiga med --secret-stdin för att även kontrollera signaturverifieringen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result: fail. Fix the failed checks before registering.</source>
        <translation>Resultat: underkänd. Åtgärda de underkända kontrollerna innan du registrerar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: pass, with warnings.</source>
        <translation>Resultat: godkänd, med varningar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: pass.</source>
        <translation>Resultat: godkänd.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+17"/>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the version.</source>
        <translation>Visa versionen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: %1 [options] %2</source>
        <translation>Användning: %1 [alternativ] %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>Inget kommando angavs.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;profile&quot; needs add, list or remove.</source>
        <translation>&quot;profile&quot; behöver add, list eller remove.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; takes no arguments besides its options; &quot;%2&quot; is one too many.</source>
        <translation>&quot;%1&quot; tar inga argument utöver sina alternativ; &quot;%2&quot; är ett för mycket.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>See &quot;%1&quot;.</source>
        <translation>Se &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manages Vipps MobilePay webhooks: lists, registers and deletes them with the same core as the Webhook Console window.</source>
        <translation>Hanterar Vipps MobilePay-webhooks: listar, registrerar och tar bort dem med samma kärna som Webhook Console-fönstret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each command takes --help, and the options above after it as well.</source>
        <translation>Varje kommando tar --help, och även alternativen ovan efter sig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Miljövariabler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET, VIPPS_SUBSCRIPTION_KEY
      the API keys when no --profile is given (secrets are never taken as arguments)
  VIPPS_MSN
      the Merchant-Serial-Number when no --profile is given; unset for partner keys
  WEBHOOK_CONSOLE_CA_FILE
      a PEM file of extra certificate authorities to trust (a test or company CA)
  WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT=1
      for tests only: check-url lets loopback addresses pass with a warning</source>
        <translation>  VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET, VIPPS_SUBSCRIPTION_KEY
      API-nycklarna när inget --profile anges (hemligheter tas aldrig emot som argument)
  VIPPS_MSN
      Merchant-Serial-Number när inget --profile anges; inte satt för partnernycklar
  WEBHOOK_CONSOLE_CA_FILE
      en PEM-fil med fler certifikatutfärdare att lita på (en test- eller företags-CA)
  WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT=1
      endast för test: check-url godkänner loopback-adresser med en varning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exit codes:</source>
        <translation>Avslutningskoder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  0  success
  1  the API refused the request (a 4xx other than authentication) or the input was invalid
  2  usage error (also: missing API keys, production register or delete without --yes and no terminal)
  3  authentication failed
  4  network, TLS, timeout, server (5xx) or unreadable-answer failure, or the keychain failed
verify: 0 valid, 1 not valid, 2 usage or unusable input (no secret, unreadable file).
send-test: 1 also when the receiver answered other than 2xx. check-url: 1 when a check failed.</source>
        <translation>  0  lyckades
  1  API:et avvisade begäran (en annan 4xx än autentisering) eller så var indata ogiltiga
  2  användningsfel (även: API-nycklar saknas, register eller delete i produktion utan --yes och utan terminal)
  3  autentiseringen misslyckades
  4  fel i nätverk, TLS, tidsgräns, server (5xx) eller oläsligt svar, eller så misslyckades nyckelringen
verify: 0 giltig, 1 inte giltig, 2 användningsfel eller oanvändbara indata (ingen hemlighet, oläslig fil).
send-test: 1 även när mottagaren svarade något annat än 2xx. check-url: 1 när en kontroll misslyckades.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check: 7 when a registration vanished without this console, 1 when a probe found a problem.</source>
        <translation>check: 7 när en registrering försvann utan den här konsolen, 1 när en sondering hittade ett problem.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+43"/>
        <source>Unknown environment &quot;%1&quot;: use test or production.</source>
        <translation>Okänd miljö ”%1”: använd test eller production.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The base URL &quot;%1&quot; cannot be used: %2</source>
        <translation>Bas-URL:en ”%1” kan inte användas: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--msn %1: %2</source>
        <translation>--msn %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/sandboxcommand.cpp" line="+90"/>
        <source>--psp-id %1: %2</source>
        <translation>--psp-id %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no saved profiles.</source>
        <translation>Det finns inga sparade profiler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved profiles: %1.</source>
        <translation>Sparade profiler: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is named &quot;%1&quot;. %2</source>
        <translation>Ingen profil heter ”%1”. %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Profile &quot;%1&quot; uses the window&apos;s embedded sandbox. Start one with &quot;webhook-console-cli sandbox&quot; and pass its URL with --base-url.</source>
        <translation>Profilen ”%1” använder fönstrets inbyggda sandlåda. Starta en med &quot;webhook-console-cli sandbox&quot; och ange dess URL med --base-url.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No API keys: set %1, or use --profile NAME (see &quot;profile add&quot;).</source>
        <translation>Inga API-nycklar: ange %1, eller använd --profile NAME (se &quot;profile add&quot;).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No API keys are stored for profile &quot;%1&quot;. Remove it and add it again with &quot;profile add&quot;.</source>
        <translation>Inga API-nycklar har sparats för profilen ”%1”. Ta bort den och lägg till den igen med &quot;profile add&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the API keys of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>Kunde inte läsa API-nycklarna för profilen ”%1” från nyckelringen: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--timeout takes a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout tar ett heltal sekunder från 1 till %1, inte ”%2”.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: waiting %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1: väntar %n sekund innan nytt försök.</numerusform>
            <numerusform>%1: väntar %n sekunder innan nytt försök.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Webhook secret: </source>
        <translation>Webhook-hemlighet: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--secret-stdin: standard input ended before the secret was read.</source>
        <translation>--secret-stdin: standardindata tog slut innan hemligheten lästes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--secret-stdin: the secret on standard input is empty.</source>
        <translation>--secret-stdin: hemligheten på standardindata är tom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>See &quot;webhook-console-cli --help&quot;.</source>
        <translation>Se &quot;webhook-console-cli --help&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+117"/>
        <location filename="../app/cli/clicontext.cpp" line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="+15"/>
        <source>Each webhook&apos;s id, URL and events; --json prints {&quot;webhooks&quot;:[...]}.</source>
        <translation>Id, URL och händelser för varje webhook; --json skriver ut {&quot;webhooks&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The https URL that receives the events.</source>
        <translation>https-URL:en som tar emot händelserna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location filename="../app/cli/globaloptions.cpp" line="+23"/>
        <location filename="../app/cli/verifyanysecret.cpp" line="+56"/>
        <location filename="../app/cli/verifyinput.cpp" line="+48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>An event type (see &quot;events&quot;); repeat it, or separate types with commas.</source>
        <translation>En händelsetyp (se &quot;events&quot;); upprepa alternativet, eller skilj typerna åt med kommatecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Print the webhook&apos;s secret as well (it is returned only once).</source>
        <translation>Skriv även ut webhookens hemlighet (den returneras bara en gång).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deletes webhooks and their stored secrets. In production it refuses without --yes unless confirmed at a terminal.</source>
        <translation>Tar bort webhooks och deras sparade hemligheter. I produktion vägrar kommandot utan --yes, om det inte bekräftas i en terminal.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Do not ask for confirmation in production.</source>
        <translation>Be inte om bekräftelse i produktion.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Registers a webhook and prints its id (and with --show-secret its secret on the next line); the secret is stored in the keychain under the profile, environment, MSN and id. --json prints {&quot;id&quot;: ..., &quot;secretStored&quot;: true|false}. In production it refuses without --yes unless confirmed at a terminal.</source>
        <translation>Registrerar en webhook och skriver ut dess id (och med --show-secret dess hemlighet på nästa rad); hemligheten sparas i nyckelringen under profilen, miljön, MSN och id. --json skriver ut {&quot;id&quot;: ..., &quot;secretStored&quot;: true|false}. I produktion vägrar kommandot utan --yes, om det inte bekräftas i en terminal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The id of a webhook (a UUID, as &quot;list&quot; shows it).</source>
        <translation>En webhooks id (ett UUID, så som &quot;list&quot; visar det).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks a callback URL before it is registered, as Vipps MobilePay would call it: https, a common port, a public address, TLS 1.2+ with a trusted certificate, no redirect, and a signed test POST answered 2xx in time. Prints each check with pass, warn or fail and the reason; exits 1 when one failed (warnings allowed). --json prints {&quot;url&quot;, &quot;overall&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;title&quot;, &quot;outcome&quot;, &quot;reason&quot;}, ...]}.</source>
        <translation>Kontrollerar en callback-URL innan den registreras, så som Vipps MobilePay skulle anropa den: https, en vanlig port, en offentlig adress, TLS 1.2+ med ett betrott certifikat, ingen omdirigering och en signerad test-POST som besvaras med 2xx i tid. Skriver ut varje kontroll med pass, warn eller fail och orsaken; avslutar med 1 när en kontroll underkändes (varningar tillåts). --json skriver ut {&quot;url&quot;, &quot;overall&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;title&quot;, &quot;outcome&quot;, &quot;reason&quot;}, ...]}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign the test POST with this secret, read as one line from standard input (default: a made-up one).</source>
        <translation>Signera test-POST:en med den här hemligheten, läst som en rad från standardindata (standard: en påhittad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The https URL to check.</source>
        <translation>https-URL:en som ska kontrolleras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a SIMULATED delivery of an event to a webhook&apos;s URL (from &quot;list&quot;, or --url), signed as Vipps MobilePay signs deliveries with the webhook&apos;s secret stored on this machine and marked X-Webhook-Console-Test: true. Prints the status, the time taken and the start of the answer; exits 0 on 2xx, 1 on any other answer, 4 when no answer came (network, TLS, timeout).</source>
        <translation>Skickar en SIMULERAD leverans av en händelse till en webhooks URL (från &quot;list&quot;, eller --url), signerad så som Vipps MobilePay signerar leveranser, med webhookens hemlighet som är sparad på den här datorn, och märkt X-Webhook-Console-Test: true. Skriver ut statusen, tiden det tog och början av svaret; avslutar med 0 vid 2xx, 1 vid alla andra svar och 4 när inget svar kom (nätverk, TLS, tidsgräns).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The event type to simulate (one of the webhook&apos;s).</source>
        <translation>Händelsetypen som ska simuleras (en av webhookens).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to this URL instead of the registered one (the webhook&apos;s events are then not looked up).</source>
        <translation>Skicka till den här URL:en i stället för den registrerade (webhookens händelser slås då inte upp).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the event even when the webhook does not receive it.</source>
        <translation>Skicka händelsen även om webhooken inte tar emot den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of a webhook whose secret is stored on this machine.</source>
        <translation>Id för en webhook vars hemlighet är sparad på den här datorn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks that a delivery is genuine: signed by Vipps MobilePay with the webhook&apos;s secret for its URL. Prints &quot;valid&quot; (exit 0), or &quot;not valid&quot; and which step failed on stderr (exit 1). Exit 2: usage, an unreadable file, or no secret. With --webhook-id and --raw-file but no --url, the registered URL is looked up in the list of webhooks when API keys are at hand. --json prints {&quot;valid&quot;, &quot;failure&quot;: &quot;bodyHash|url|signature|authorization|missingHeader|none&quot;, &quot;reason&quot;}. With --any-secret: every stored secret is tried; --json prints {&quot;valid&quot;, &quot;profile&quot;, &quot;environment&quot;, &quot;msn&quot;, &quot;id&quot;, &quot;step&quot;}.</source>
        <translation>Kontrollerar att en leverans är äkta: signerad av Vipps MobilePay med webhookens hemlighet för dess URL. Skriver ut ”giltig” (avslutningskod 0), eller ”inte giltig” och vilket steg som misslyckades på stderr (avslutningskod 1). Avslutningskod 2: användningsfel, en oläslig fil eller ingen hemlighet. Med --webhook-id och --raw-file men utan --url slås den registrerade URL:en upp i listan över webhooks när API-nycklar finns till hands. --json skriver ut {&quot;valid&quot;, &quot;failure&quot;: &quot;bodyHash|url|signature|authorization|missingHeader|none&quot;, &quot;reason&quot;}. Med --any-secret prövas varje sparad hemlighet; --json skriver ut {&quot;valid&quot;, &quot;profile&quot;, &quot;environment&quot;, &quot;msn&quot;, &quot;id&quot;, &quot;step&quot;}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gets an access token and prints when it expires, never the token.</source>
        <translation>Hämtar en åtkomsttoken och skriver ut när den upphör att gälla, aldrig själva token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event catalogue; --json prints [{&quot;type&quot;, &quot;product&quot;, &quot;name&quot;}, ...].</source>
        <translation>Händelsekatalogen; --json skriver ut [{&quot;type&quot;, &quot;product&quot;, &quot;name&quot;}, ...].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists every sales unit the profiles reach (all saved profiles when none is named) and compares each list with the one before: prints the registrations that vanished (Vipps MobilePay removes endpoints that failed for two weeks) or appeared without this console, also those the window noticed since the last check. Exit code 7 when something vanished. --json prints {&quot;vanished&quot;:[...],&quot;appeared&quot;:[...],&quot;profiles&quot;:[...]}.</source>
        <translation>Listar varje försäljningsställe som profilerna når (alla sparade profiler när ingen anges) och jämför varje lista med den föregående: skriver ut registreringarna som försvann (Vipps MobilePay tar bort slutpunkter som har misslyckats i två veckor) eller dök upp utan den här konsolen, även de som fönstret upptäckte sedan förra kontrollen. Slutkod 7 när något försvann. --json skriver ut {&quot;vanished&quot;:[...],&quot;appeared&quot;:[...],&quot;profiles&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also probe every registered URL: name lookup, TLS (a certificate that expires within 14 days is a problem), and a signed test POST answered within 10 s (test environment only).</source>
        <translation>Sondera även varje registrerad URL: namnuppslag, TLS (ett certifikat som går ut inom 14 dagar är ett problem) och en signerad test-POST som besvaras inom 10 s (endast i testmiljön).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --probe: send the signed test POST to production endpoints too.</source>
        <translation>Med --probe: skicka den signerade test-POST:en även till slutpunkter i produktion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved profile to check.</source>
        <translation>En sparad profil att kontrollera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change either program made on this machine (register, delete, replace, secrets entered, revealed, exported or removed) and every registration that vanished or appeared, oldest first; never a secret. --profile, --env and --msn (&quot;partner&quot; for partner keys) narrow it. --json prints {&quot;entries&quot;:[...]}.</source>
        <translation>Varje ändring som något av programmen har gjort på den här datorn (registrera, ta bort, ersätta, hemligheter angivna, visade, exporterade eller borttagna) och varje registrering som försvann eller dök upp, äldst först; aldrig en hemlighet. --profile, --env och --msn (&quot;partner&quot; för partnernycklar) avgränsar. --json skriver ut {&quot;entries&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only changes from this date or time on.</source>
        <translation>Endast ändringar från och med detta datum eller denna tidpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this action: register, delete, replace, apply, secret-entered, secret-revealed, secret-exported, secret-removed, vanished, appeared.</source>
        <translation>Endast denna åtgärd: register, delete, replace, apply, secret-entered, secret-revealed, secret-exported, secret-removed, vanished, appeared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print comma-separated values with a header line.</source>
        <translation>Skriv ut kommaseparerade värden med en rubrikrad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs the sandbox API in the foreground until interrupted and prints its base URL and keys.</source>
        <translation>Kör sandlåde-API:et i förgrunden tills det avbryts och skriver ut dess bas-URL och nycklar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port to listen on (default: any free port).</source>
        <translation>Porten att lyssna på (standard: valfri ledig port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve HTTPS with this PEM certificate and the PEM key given after it.</source>
        <translation>Använd HTTPS med det här PEM-certifikatet och PEM-nyckeln som anges efter det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the registrations from this JSON file, if it exists, and save them there on exit.</source>
        <translation>Läs in registreringarna från den här JSON-filen, om den finns, och spara dem där vid avslut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/verifyinput.cpp" line="+7"/>
        <location line="+5"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PEM private key of the --https certificate.</source>
        <translation>Den privata PEM-nyckeln för --https-certifikatet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saves a profile. client_id, client_secret and the subscription key come from VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET and VIPPS_SUBSCRIPTION_KEY when set, else from the terminal without echo (from standard input, one a line, when it is not a terminal), and go to the OS keychain.</source>
        <translation>Sparar en profil. client_id, client_secret och prenumerationsnyckeln hämtas från VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET och VIPPS_SUBSCRIPTION_KEY när de är satta, annars från terminalen utan eko (från standardindata, en per rad, när det inte är en terminal), och sparas i operativsystemets nyckelring.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The name of the profile.</source>
        <translation>Profilens namn.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The saved profiles.</source>
        <translation>De sparade profilerna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes a profile, its API keys and its stored webhook secrets.</source>
        <translation>Tar bort en profil, dess API-nycklar och dess sparade webhook-hemligheter.</translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="+87"/>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deletecommand.cpp" line="+43"/>
        <source>Refusing to delete in production without --yes: there is no terminal to confirm at. Nothing was deleted.</source>
        <translation>Vägrar ta bort i produktion utan --yes: det finns ingen terminal att bekräfta i. Inget togs bort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed. Nothing was deleted.</source>
        <translation>Inte bekräftat. Inget togs bort.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>delete needs at least one webhook id (see &quot;list&quot;).</source>
        <translation>delete behöver minst ett webhook-id (se &quot;list&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/sendtestcommand.cpp" line="+100"/>
        <source>&quot;%1&quot; is not a webhook id (a UUID).</source>
        <translation>”%1” är inte ett webhook-id (ett UUID).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n webhook(s) in PRODUCTION for %1?</source>
        <translation>
            <numerusform>Ta bort %n webhook i PRODUKTION för %1?</numerusform>
            <numerusform>Ta bort %n webhooks i PRODUKTION för %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not attempted: %1</source>
        <translation>Ej försökt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attempted</source>
        <translation>ej försökt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted %1, but its stored secret could not be removed from the keychain: %2</source>
        <translation>Tog bort %1, men dess sparade hemlighet kunde inte tas bort från nyckelringen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already gone: %1</source>
        <translation>Redan borttagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted %1</source>
        <translation>Tog bort %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="+35"/>
        <source>(at most %n per sales unit)</source>
        <translation>
            <numerusform>(högst %n per försäljningsställe)</numerusform>
            <numerusform>(högst %n per försäljningsställe)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/globaloptions.cpp" line="-12"/>
        <source>A saved profile (its API keys come from the OS keychain).</source>
        <translation>En sparad profil (dess API-nycklar hämtas från operativsystemets nyckelring).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment (default: the profile&apos;s, else test); with --base-url, which environment that server is.</source>
        <translation>Miljön (standard: profilens, annars test); med --base-url anger den vilken miljö servern är.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An explicit API base URL (https, or http for loopback only). api.vipps.no is production; any other host but apitest.vipps.no and loopback is guarded as production unless --env test declares it.</source>
        <translation>En explicit bas-URL för API:et (https, eller http endast för loopback). api.vipps.no är produktion; alla andra värdar utom apitest.vipps.no och loopback skyddas som produktion om inte --env test anger annat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merchant-Serial-Number; omit it for partner keys.</source>
        <translation>Merchant-Serial-Number; utelämna det för partnernycklar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PSP&apos;s id, sent as Psp-Id on every webhooks call (--msn is then the merchant&apos;s MSN).</source>
        <translation>En PSP:s id, skickas som Psp-Id i varje webhooks-anrop (--msn är då företagets MSN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-readable output on stdout.</source>
        <translation>Maskinläsbar utdata på stdout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline of each operation in seconds, retries included (default 30).</source>
        <translation>Tidsgräns för varje åtgärd i sekunder, nya försök inräknade (standard 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="-89"/>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No profiles to check: add one with &quot;profile add&quot;.</source>
        <translation>Inga profiler att kontrollera: lägg till en med &quot;profile add&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Det finns ingen profil &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 (%2, %3): %n registration(s).</source>
        <translation>
            <numerusform>%1 (%2, %3): %n registrering.</numerusform>
            <numerusform>%1 (%2, %3): %n registreringar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/listcommand.cpp" line="+54"/>
        <source>partner keys</source>
        <translation>partnernycklar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/historycommand.cpp" line="+65"/>
        <location filename="../app/cli/listcommand.cpp" line="+0"/>
        <source>MSN %1</source>
        <translation>MSN %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>PROBE OK %1</source>
        <translation>SONDERING OK %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROBLEM %1: %2</source>
        <translation>PROBLEM %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(No test POST was sent to this production endpoint; --probe-production sends one.)</source>
        <translation>(Ingen test-POST skickades till den här slutpunkten i produktion; --probe-production skickar en.)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>VANISHED %1 %2 %3 (%4, %5): removed outside this console between %6 and %7. Vipps MobilePay removes endpoints that failed for two weeks.</source>
        <translation>FÖRSVANN %1 %2 %3 (%4, %5): borttagen utanför den här konsolen mellan %6 och %7. Vipps MobilePay tar bort slutpunkter som har misslyckats i två veckor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>APPEARED %1 %2 %3 (%4, %5): registered outside this console.</source>
        <translation>DÖK UPP %1 %2 %3 (%4, %5): registrerad utanför den här konsolen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing vanished or appeared since the last check.</source>
        <translation>Inget har försvunnit eller dykt upp sedan förra kontrollen.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="-18"/>
        <source>%1 (%2) is gone since the last list, removed outside this console. Vipps MobilePay removes endpoints that failed for two weeks. See &quot;history&quot;.</source>
        <translation>%1 (%2) är borta sedan förra listan, borttagen utanför den här konsolen. Vipps MobilePay tar bort slutpunkter som har misslyckats i två veckor. Se &quot;history&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n webhook(s) for %1 in %2.</source>
        <translation>
            <numerusform>%n webhook för %1 i %2.</numerusform>
            <numerusform>%n webhooks för %1 i %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="+26"/>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard input ended before the %1 was read.</source>
        <translation>Standardindata tog slut innan %1 hade lästs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is empty.</source>
        <translation>%1 är tom.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, guarded as %2</source>
        <translation>%1, skyddas som %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add behöver exakt ett NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile add needs --env test|production or --base-url URL.</source>
        <translation>profile add behöver --env test|production eller --base-url URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile named &quot;%1&quot; exists already; remove it first.</source>
        <translation>Det finns redan en profil med namnet ”%1”; ta bort den först.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare which environment %1 is: add --env test or --env production.</source>
        <translation>Ange vilken miljö %1 är: lägg till --env test eller --env production.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile was not saved</source>
        <translation>Profilen sparades inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved profile &quot;%1&quot; (%2, %3); its API keys are in the keychain.</source>
        <translation>Sparade profilen ”%1” (%2, %3); dess API-nycklar finns i nyckelringen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile list takes no arguments.</source>
        <translation>profile list tar inga argument.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PSP %1</source>
        <translation>PSP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no saved profiles (see &quot;profile add&quot;).</source>
        <translation>Det finns inga sparade profiler (se &quot;profile add&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile remove needs exactly one NAME.</source>
        <translation>profile remove behöver exakt ett NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation>Ingen profil heter ”%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile was not removed</source>
        <translation>Profilen togs inte bort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed profile &quot;%1&quot;, its API keys and its stored secrets.</source>
        <translation>Tog bort profilen ”%1”, dess API-nycklar och dess sparade hemligheter.</translation>
    </message>
    <message>
        <location filename="../app/cli/registercommand.cpp" line="+37"/>
        <source>Registering partner-wide (no MSN): this webhook fires for every sales unit of the partner, present and future.</source>
        <translation>Registrerar för hela partnern (inget MSN): den här webhooken utlöses för varje försäljningsställe partnern har, nuvarande och framtida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not reachable from the internet; Vipps MobilePay cannot deliver to it.</source>
        <translation>%1 kan inte nås från internet; Vipps MobilePay kan inte leverera dit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the event catalogue; sending it as it is.</source>
        <translation>%1 finns inte i händelsekatalogen; skickar den som den är.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>register takes no arguments besides its options.</source>
        <translation>register tar inga argument utöver sina alternativ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>register needs --url URL.</source>
        <translation>register behöver --url URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register needs at least one --event TYPE (see &quot;events&quot;).</source>
        <translation>register behöver minst ett --event TYPE (se &quot;events&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/sendtestcommand.cpp" line="+7"/>
        <source>Invalid --url %1: %2</source>
        <translation>Ogiltig --url %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid --event: %1</source>
        <translation>Ogiltigt --event: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register %1 in PRODUCTION for %2? It receives real payment events.</source>
        <translation>Registrera %1 i PRODUKTION för %2? Den tar emot riktiga betalningshändelser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing to register in production without --yes: there is no terminal to confirm at. Nothing was registered.</source>
        <translation>Vägrar registrera i produktion utan --yes: det finns ingen terminal att bekräfta i. Inget registrerades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed. Nothing was registered.</source>
        <translation>Inte bekräftat. Inget registrerades.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To get a secret, delete it and register again: webhook-console-cli delete %1</source>
        <translation>För att få en hemlighet måste du ta bort den och registrera igen: webhook-console-cli delete %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The webhook&apos;s secret could not be stored in the keychain (%1). It is printed below and cannot be shown again: keep it safe.</source>
        <translation>Webhookens hemlighet kunde inte sparas i nyckelringen (%1). Den skrivs ut nedan och kan inte visas igen: förvara den säkert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Registered; the secret is stored in the keychain.</source>
        <translation>Registrerad; hemligheten är sparad i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="-60"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 innehåller inget PEM-certifikat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 innehåller ingen okrypterad privat PEM-nyckel (RSA eller EC).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox API listening on %1</source>
        <translation>Sandlåde-API:et lyssnar på %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its keys are fixed sandbox keys, not secrets. To use it from another terminal:</source>
        <translation>Nycklarna är fasta sandlådenycklar, inte hemligheter. Så använder du den från en annan terminal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source># any sales unit; leave it unset for partner keys</source>
        <translation># valfritt försäljningsställe; lämna den osatt för partnernycklar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are a PSP&apos;s keys: every webhooks call needs --psp-id %1 and the merchant&apos;s MSN.</source>
        <translation>Det här är en PSP:s nycklar: varje webhooks-anrop behöver --psp-id %1 och företagets MSN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Ctrl+C to stop.</source>
        <translation>Tryck på Ctrl+C för att stoppa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--https needs a certificate and a key: --https CERT KEY.</source>
        <translation>--https behöver ett certifikat och en nyckel: --https CERT KEY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox takes no arguments besides its options.</source>
        <translation>sandbox tar inga argument utöver sina alternativ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--port takes a port number from 0 to 65535.</source>
        <translation>--port tar ett portnummer från 0 till 65535.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot load %1: %2</source>
        <translation>Kan inte läsa in %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sandbox cannot listen: %1</source>
        <translation>Sandlådan kan inte lyssna: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot save %1: %2</source>
        <translation>Kan inte spara %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox stopped.</source>
        <translation>Sandlådan har stoppats.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendtestcommand.cpp" line="-53"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>send-test needs exactly one webhook ID (see &quot;list&quot;).</source>
        <translation>send-test behöver exakt ett webhook-id (se &quot;list&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send-test needs --event TYPE (one of the webhook&apos;s events).</source>
        <translation>send-test behöver --event TYPE (en av webhookens händelser).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no webhook %1 (see &quot;list&quot;).</source>
        <translation>Det finns ingen webhook %1 (se &quot;list&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook %1 does not receive %2; its events: %3. Use --force to send it anyway.</source>
        <translation>Webhooken %1 tar inte emot %2; dess händelser: %3. Använd --force för att skicka den ändå.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not in the event catalogue (see &quot;events&quot;). Use --force to send it anyway.</source>
        <translation>%1 finns inte i händelsekatalogen (se &quot;events&quot;). Använd --force för att skicka den ändå.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --url the webhook&apos;s events are not looked up; %1 is sent as given.</source>
        <translation>Med --url slås webhookens händelser inte upp; %1 skickas som angiven.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secret of webhook %1 is stored on this machine, so a delivery cannot be signed. Enter it, or replace the webhook (register the URL again, then delete the old one) to get a new one.</source>
        <translation>Ingen hemlighet för webhooken %1 är sparad på den här datorn, så en leverans kan inte signeras. Ange den, eller ersätt webhooken (registrera URL:en igen och ta sedan bort den gamla) för att få en ny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the secret of webhook %1</source>
        <translation>Kunde inte läsa hemligheten för webhooken %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This simulated delivery goes to a production receiver. It is marked X-Webhook-Console-Test: true and &quot;simulated&quot;: true: make sure the receiver ignores it.</source>
        <translation>Den här simulerade leveransen går till en mottagare i produktion. Den är märkt X-Webhook-Console-Test: true och &quot;simulated&quot;: true: se till att mottagaren ignorerar den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SIMULATED test delivery (not from Vipps MobilePay; X-Webhook-Console-Test: true) of %1 to %2</source>
        <translation>SIMULERAD testleverans (inte från Vipps MobilePay; X-Webhook-Console-Test: true) av %1 till %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The receiver redirected the delivery; Vipps MobilePay does not follow redirects.</source>
        <translation>Mottagaren omdirigerade leveransen; Vipps MobilePay följer inte omdirigeringar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver answered %1; Vipps MobilePay would count the delivery as failed and retry it.</source>
        <translation>Mottagaren svarade %1; Vipps MobilePay skulle räkna leveransen som misslyckad och försöka igen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/tokencommand.cpp" line="+37"/>
        <source>Token received; it expires at %1 (in %n minute(s)).</source>
        <translation>
            <numerusform>Token mottagen; den upphör att gälla %1 (om %n minut).</numerusform>
            <numerusform>Token mottagen; den upphör att gälla %1 (om %n minuter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="-27"/>
        <location line="+9"/>
        <source>Could not list the webhooks: %1</source>
        <translation>Kunde inte lista webhookarna: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>header</source>
        <translation>headern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization header</source>
        <translation>Authorization-headern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body hash</source>
        <translation>hashen av innehållet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature</source>
        <translation>signaturen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhook-Id: %1 (this delivery&apos;s id, not the registration&apos;s)</source>
        <translation>Webhook-Id: %1 (den här leveransens id, inte registreringens)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>valid: %1</source>
        <translation>giltig: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="+25"/>
        <source>no profile</source>
        <translation>ingen profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>profile &quot;%1&quot;</source>
        <translation>profilen ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 environment, %3</source>
        <translation>%1, miljö %2, %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No secret of webhook %1 is stored on this machine (%2). Give it with --secret-stdin, or check --profile, --env and --msn; if the secret is lost, replace the webhook.</source>
        <translation>Ingen hemlighet för webhooken %1 är sparad på den här datorn (%2). Ange den med --secret-stdin, eller kontrollera --profile, --env och --msn; om hemligheten har gått förlorad måste du ersätta webhooken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the secret of webhook %1 from the keychain: %2</source>
        <translation>Kunde inte läsa hemligheten för webhooken %1 från nyckelringen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Could not look up the registered URL of %1: %2</source>
        <translation>Kunde inte slå upp den registrerade URL:en för %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook %1 is not registered (any more), so its URL is unknown.</source>
        <translation>Webhooken %1 är inte registrerad (längre), så dess URL är okänd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A secret is never taken as a command-line argument (others could read it in the process list and the shell history): use --secret-stdin or --webhook-id ID.</source>
        <translation>En hemlighet tas aldrig emot som kommandoradsargument (andra kan läsa den i processlistan och skalhistoriken): använd --secret-stdin eller --webhook-id ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verify needs the secret: --secret-stdin, --webhook-id ID or --any-secret (one of them).</source>
        <translation>verify behöver hemligheten: --secret-stdin, --webhook-id ID eller --any-secret (ett av dem).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--webhook-id: &quot;%1&quot; is not a webhook id (a UUID, as &quot;list&quot; shows it).</source>
        <translation>--webhook-id: ”%1” är inte ett webhook-id (ett UUID, så som &quot;list&quot; visar det).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="-35"/>
        <location filename="../app/cli/verifycommand.cpp" line="+21"/>
        <source>Note: without --url, the request&apos;s own Host and path stand for the registered URL; give --url URL to compare them with it.</source>
        <translation>Obs: utan --url står begärans egen Host och sökväg för den registrerade URL:en; ange --url URL för att jämföra dem med den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/verifycommand.cpp" line="+18"/>
        <source>Note: the line break after the body is not part of the signed body and was left out.</source>
        <translation>Obs: radbrytningen efter innehållet ingår inte i det signerade innehållet och utelämnades.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="+13"/>
        <source>valid</source>
        <translation>giltig</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="+29"/>
        <location filename="../app/cli/verifycommand.cpp" line="+3"/>
        <source>not valid: the %1 check failed: %2</source>
        <translation>inte giltig: kontrollen av %1 misslyckades: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyinput.cpp" line="-45"/>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: kan inte läsa %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2 is larger than %3 MiB; a delivery is much smaller.</source>
        <translation>--%1: %2 är större än %3 MiB; en leverans är mycket mindre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--url: &quot;%1&quot; is not an absolute URL with a host name.</source>
        <translation>--url: ”%1” är inte en absolut URL med värdnamn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registered URL the delivery was sent to (with --raw-file: the registered URL to compare the request with).</source>
        <translation>Den registrerade URL:en som leveransen skickades till (med --raw-file: den registrerade URL:en som begäran ska jämföras med).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The x-ms-date header as received.</source>
        <translation>Headern x-ms-date så som den togs emot.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="-39"/>
        <location filename="../app/cli/verifyinput.cpp" line="+0"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyinput.cpp" line="+1"/>
        <source>The x-ms-content-sha256 header as received.</source>
        <translation>Headern x-ms-content-sha256 så som den togs emot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Authorization header as received.</source>
        <translation>Headern Authorization så som den togs emot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file holding the body exactly as received (raw bytes).</source>
        <translation>En fil med innehållet exakt så som det togs emot (råa byte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file holding the whole request as received (request line, headers, blank line, body), instead of the four options above and --body-file.</source>
        <translation>En fil med hela begäran så som den togs emot (begäranrad, headers, tom rad, innehåll), i stället för de fyra alternativen ovan och --body-file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the webhook&apos;s secret as one line from standard input (without echo at a terminal).</source>
        <translation>Läs webhookens hemlighet som en rad från standardindata (utan eko i en terminal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the secret stored on this machine for this webhook (under --profile, or the VIPPS_MSN and --env/--base-url of no profile).</source>
        <translation>Använd hemligheten som är sparad på den här datorn för den här webhooken (under --profile, eller VIPPS_MSN och --env/--base-url utan profil).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try every webhook secret stored on this machine (every profile, both environments) and name the registration whose secret verifies the delivery.</source>
        <translation>Pröva varje webhook-hemlighet som är sparad på den här datorn (alla profiler, båda miljöerna) och namnge registreringen vars hemlighet verifierar leveransen.</translation>
    </message>
    <message>
        <location filename="../app/cli/globaloptions.cpp" line="-4"/>
        <location filename="../app/cli/verifyinput.cpp" line="-3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyinput.cpp" line="+20"/>
        <source>--raw-file holds the whole request: give it without --%1.</source>
        <translation>--raw-file innehåller hela begäran: ange det utan --%1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--raw-file %1: %2</source>
        <translation>--raw-file %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>verify needs the delivery: --url, --date, --content-sha256, --authorization and --body-file, or --raw-file FILE.</source>
        <translation>verify behöver leveransen: --url, --date, --content-sha256, --authorization och --body-file, eller --raw-file FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verify needs %1 as well (or the whole request with --raw-file).</source>
        <translation>verify behöver även %1 (eller hela begäran med --raw-file).</translation>
    </message>
    <message>
        <location filename="../app/cli/productionconfirmation.cpp" line="+16"/>
        <source>%1 Type %2 to confirm: </source>
        <translation>%1 Skriv %2 för att bekräfta: </translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="-1"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>by %1 (%2, profile %3)</source>
        <translation>av %1 (%2, profil %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trace id %1</source>
        <translation>spårnings-id %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last seen %1</source>
        <translation>senast sedd %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--since takes a date (2026-12-01) or a time (2026-12-01T09:30), not &quot;%1&quot;.</source>
        <translation>--since tar ett datum (2026-12-01) eller en tidpunkt (2026-12-01T09:30), inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown --action &quot;%1&quot;.</source>
        <translation>Okänd --action &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n ändring.</numerusform>
            <numerusform>%n ändringar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/operations/connectiontest.cpp" line="+43"/>
        <source>Test keys work only against the test environment, and production keys only against production: these keys may belong to the other environment.</source>
        <translation>Testnycklar fungerar bara mot testmiljön och produktionsnycklar bara mot produktion: nycklarna kan höra till den andra miljön.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../app/operations/consolesession.cpp" line="+166"/>
        <source>There is no profile named “%1”.</source>
        <translation>Det finns ingen profil med namnet ”%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a profile from the list, or add one in Profiles…</source>
        <translation>Välj en profil i listan, eller lägg till en under Profiler…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No API keys are stored for “%1” on this machine.</source>
        <translation>Inga API-nycklar är sparade för ”%1” på den här datorn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client_id, client_secret and subscription key in Profiles…</source>
        <translation>Ange client_id, client_secret och prenumerationsnyckeln under Profiler…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API keys of “%1” could not be read from the keychain.</source>
        <translation>API-nycklarna för ”%1” kunde inte läsas från nyckelringen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox could not start.</source>
        <translation>Sandlådan kunde inte starta.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+85"/>
        <location line="+43"/>
        <location line="+31"/>
        <source>No profile is open.</source>
        <translation>Ingen profil är öppen.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../ui/deletedialog.ui" line="+14"/>
        <source>Delete webhooks</source>
        <translation>Ta bort webhooks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete these webhooks?</source>
        <translation>Ta bort de här webhookarna?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/deletedialog.cpp" line="+47"/>
        <source>Delete webhook</source>
        <translation>Ta bort webhook</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n webhooks</source>
        <translation>
            <numerusform>Ta bort %n webhook</numerusform>
            <numerusform>Ta bort %n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Delete this webhook?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ta bort den här webhooken?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Delete these %n webhooks?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Ta bort den här %n webhooken?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Ta bort de här %n webhookarna?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner: all sales units</source>
        <translation>Partner: alla försäljningsställen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MSN %1</source>
        <translation>MSN %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vipps MobilePay stops sending this webhook&apos;s events to its URL at once. This cannot be undone: to receive them again, register a new webhook (with a new secret). A secret stored on this machine for it is removed.</source>
        <translation>Vipps MobilePay slutar omedelbart skicka den här webhookens händelser till dess URL. Det går inte att ångra: för att ta emot dem igen måste du registrera en ny webhook (med en ny hemlighet). En hemlighet som är sparad för den på den här datorn tas bort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vipps MobilePay stops sending these webhooks&apos; events to their URLs at once. This cannot be undone: to receive them again, register new webhooks (with new secrets). Secrets stored on this machine for them are removed.</source>
        <translation>Vipps MobilePay slutar omedelbart skicka de här webhookarnas händelser till deras URL:er. Det går inte att ångra: för att ta emot dem igen måste du registrera nya webhooks (med nya hemligheter). Hemligheter som är sparade för dem på den här datorn tas bort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile “%1”, %2, %3.</source>
        <translation>Profil ”%1”, %2, %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events: %1</source>
        <translation>Händelser: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These are partner registrations for all sales units in &lt;b&gt;production&lt;/b&gt;. Type &lt;b&gt;partner&lt;/b&gt; to confirm:</source>
        <translation>Det här är partnerregistreringar för alla försäljningsställen i &lt;b&gt;produktion&lt;/b&gt;. Skriv &lt;b&gt;partner&lt;/b&gt; för att bekräfta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is &lt;b&gt;production&lt;/b&gt;: live payments use these webhooks. Type the MSN &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Det här är &lt;b&gt;produktion&lt;/b&gt;: riktiga betalningar använder de här webhookarna. Skriv MSN &lt;b&gt;%1&lt;/b&gt; för att bekräfta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Ta bort %n</numerusform>
            <numerusform>&amp;Ta bort %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Deleting…</source>
        <translation>Tar bort…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already deleted</source>
        <translation>Redan borttagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;A deletion failed.&lt;/b&gt; The result of each is shown below.</source>
        <translation>&lt;b&gt;En borttagning misslyckades.&lt;/b&gt; Resultatet för var och en visas nedan.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n deletions failed.&lt;/b&gt; The result of each is shown below.</source>
        <translation>
            <numerusform>&lt;b&gt;%n borttagning misslyckades.&lt;/b&gt; Resultatet för var och en visas nedan.</numerusform>
            <numerusform>&lt;b&gt;%n borttagningar misslyckades.&lt;/b&gt; Resultatet för var och en visas nedan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteFlow</name>
    <message>
        <location filename="../ui/deleteflow.cpp" line="+17"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <location filename="../ui/deliveryactions.cpp" line="+21"/>
        <source>&amp;Verify Delivery…</source>
        <translation>&amp;Verifiera leverans…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Test Delivery…</source>
        <translation>Skicka &amp;testleverans…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;mulate Event…</source>
        <translation>Si&amp;mulera händelse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify</source>
        <translation>Verifiera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify delivery: check whether a delivery your endpoint received is genuine (nothing is sent) (%1)</source>
        <translation>Verifiera leverans: kontrollera om en leverans som din slutpunkt tog emot är äkta (inget skickas) (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulate</source>
        <translation>Simulera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulate event (sandbox): deliver a simulated event to every sandbox registration that has it (%1)</source>
        <translation>Simulera händelse (sandlåda): leverera en simulerad händelse till varje sandlåderegistrering som har den (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset &amp;Sandbox…</source>
        <translation>Åte&amp;rställ sandlådan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace every sandbox registration with the sample registrations</source>
        <translation>Ersätt alla sandlåderegistreringar med exempelregistreringarna</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Reset the Sandbox?</source>
        <translation>Återställa sandlådan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every registration in the sandbox is deleted and the sample registrations come back. Nothing outside the sandbox changes.</source>
        <translation>Alla registreringar i sandlådan tas bort och exempelregistreringarna kommer tillbaka. Inget utanför sandlådan ändras.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Send test delivery: a simulated, signed delivery to the selected webhook</source>
        <translation>Skicka testleverans: en simulerad, signerad leverans till den valda webhooken</translation>
    </message>
</context>
<context>
    <name>DeliveryAttribution</name>
    <message>
        <location filename="../app/operations/deliveryattribution.cpp" line="+91"/>
        <source>%1, partner (all sales units)</source>
        <translation>%1, partner (alla försäljningsställen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, MSN %2</source>
        <translation>%1, MSN %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no profile</source>
        <translation>ingen profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with the secret of webhook %1 (profile “%2”, %3).</source>
        <translation>Signerad med hemligheten för webhook %1 (profil ”%2”, %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret.</source>
        <translation>
            <numerusform>Den här URL:en har %n registrering: varje händelse kommer en gång per registrering, var och en signerad med sin egen hemlighet.</numerusform>
            <numerusform>Den här URL:en har %n registreringar: varje händelse kommer en gång per registrering, var och en signerad med sin egen hemlighet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list of secrets stored on this machine could not be read: %1</source>
        <translation>Listan över hemligheter som är sparade på den här datorn kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No webhook secret is stored on this machine, so none could be tried.</source>
        <translation>Ingen webhook-hemlighet är sparad på den här datorn, så ingen kunde prövas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>None of the %n webhook secrets tried verifies this delivery.</source>
        <translation>
            <numerusform>%n prövad webhook-hemlighet verifierar inte den här leveransen.</numerusform>
            <numerusform>Ingen av de %n prövade webhook-hemligheterna verifierar den här leveransen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored secrets could not be read from the keychain.</source>
        <translation>
            <numerusform>%n sparad hemlighet kunde inte läsas från nyckelringen.</numerusform>
            <numerusform>%n sparade hemligheter kunde inte läsas från nyckelringen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This URL has %n registrations (%1): each event arrives once per registration, each signed with its own secret. The secret of the one that sent this delivery is not stored here: enter it in the vault, or replace that registration.</source>
        <translation>
            <numerusform>Den här URL:en har %n registrering (%1): varje händelse kommer en gång per registrering, var och en signerad med sin egen hemlighet. Hemligheten för den som skickade den här leveransen är inte sparad här: ange den på den här datorn, eller ersätt den registreringen.</numerusform>
            <numerusform>Den här URL:en har %n registreringar (%1): varje händelse kommer en gång per registrering, var och en signerad med sin egen hemlighet. Hemligheten för den som skickade den här leveransen är inte sparad här: ange den på den här datorn, eller ersätt den registreringen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This URL has one registration known here (%1, %2); the delivery was not signed with its stored secret: perhaps it came from the other environment or from a registration made elsewhere.</source>
        <translation>Den här URL:en har en känd registrering här (%1, %2); leveransen signerades inte med dess sparade hemlighet: kanske kom den från den andra miljön eller från en registrering som gjorts någon annanstans.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No registration of this URL is known here: it may belong to other API keys or the other environment.</source>
        <translation>Ingen registrering av den här URL:en är känd här: den kan höra till andra API-nycklar eller den andra miljön.</translation>
    </message>
</context>
<context>
    <name>DeliveryInput</name>
    <message>
        <location filename="../ui/deliveryinput.ui" line="+25"/>
        <source>&amp;Raw HTTP request</source>
        <translation>&amp;Rå HTTP-begäran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole request: request line, headers, a blank line, then the body. Pasted or opened text is kept byte for byte.</source>
        <translation>Hela begäran: begäranrad, headers, en tom rad och sedan innehållet. Inklistrad eller öppnad text behålls byte för byte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POST /webhooks/vipps HTTP/1.1
Host: example.com
x-ms-date: Thu, 30 Mar 2023 08:38:32 GMT
x-ms-content-sha256: …
Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=…

{&quot;msn&quot;:&quot;123456&quot;, …}</source>
        <translation>POST /webhooks/vipps HTTP/1.1
Host: example.com
x-ms-date: Thu, 30 Mar 2023 08:38:32 GMT
x-ms-content-sha256: …
Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=…

{&quot;msn&quot;:&quot;123456&quot;, …}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Open File…</source>
        <translation>&amp;Öppna fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the request from a file, byte for byte</source>
        <translation>Läs begäran från en fil, byte för byte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Headers and body</source>
        <translation>&amp;Headers och innehåll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>x-ms-&amp;date:</source>
        <translation>x-ms-&amp;date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thu, 30 Mar 2023 08:38:32 GMT</source>
        <translation>Thu, 30 Mar 2023 08:38:32 GMT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>x-ms-content-&amp;sha256:</source>
        <translation>x-ms-content-&amp;sha256:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Authorization:</source>
        <translation>&amp;Authorization:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=…</source>
        <translation>HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Body:</source>
        <translation>&amp;Innehåll:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The body exactly as received</source>
        <translation>Innehållet exakt som det togs emot</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>O&amp;pen File…</source>
        <translation>Ö&amp;ppna fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the body from a file, byte for byte</source>
        <translation>Läs innehållet från en fil, byte för byte</translation>
    </message>
    <message>
        <location filename="../ui/deliveryinput.cpp" line="+64"/>
        <source>Paste the request first (or open it from a file), or give its headers and body on the other tab.</source>
        <translation>Klistra in begäran först (eller öppna den från en fil), eller ange dess headers och innehåll på den andra fliken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a whole HTTP request: %1</source>
        <translation>Det här är inte en hel HTTP-begäran: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the URL the delivery was sent to, or choose its webhook.</source>
        <translation>Ange URL:en som leveransen skickades till, eller välj dess webhook.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an absolute URL with a host name, such as https://example.com/webhooks.</source>
        <translation>”%1” är inte en absolut URL med värdnamn, till exempel https://example.com/webhooks.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a Request</source>
        <translation>Öppna en begäran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a Body</source>
        <translation>Öppna ett innehåll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the file</source>
        <translation>Kan inte läsa filen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is too large</source>
        <translation>Filen är för stor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is larger than %2 MiB; a delivery is much smaller.</source>
        <translation>%1 är större än %2 MiB; en leverans är mycket mindre.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n bytes, exactly as pasted or opened.</source>
        <translation>
            <numerusform>%n byte, exakt som det klistrades in eller öppnades.</numerusform>
            <numerusform>%n byte, exakt som det klistrades in eller öppnades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bytes as shown: typed or edited text has LF line breaks.</source>
        <translation>
            <numerusform>%n byte som det visas: inskriven eller redigerad text har LF-radbrytningar.</numerusform>
            <numerusform>%n byte som det visas: inskriven eller redigerad text har LF-radbrytningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Body: %n bytes, ending with a line break.</source>
        <translation>
            <numerusform>Innehåll: %n byte, avslutat med en radbrytning.</numerusform>
            <numerusform>Innehåll: %n byte, avslutat med en radbrytning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Body: %n bytes.</source>
        <translation>
            <numerusform>Innehåll: %n byte.</numerusform>
            <numerusform>Innehåll: %n byte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It ends with a line break.</source>
        <translation>Det slutar med en radbrytning.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>https://example.com/webhooks/vipps (the URL the delivery was sent to)</source>
        <translation>https://example.com/webhooks/vipps (URL:en som leveransen skickades till)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the registered URL, %1</source>
        <translation>Tomt: den registrerade URL:en, %1</translation>
    </message>
</context>
<context>
    <name>DeliveryService</name>
    <message>
        <location filename="../app/operations/deliveryservice.cpp" line="+49"/>
        <source>No profile is open.</source>
        <translation>Ingen profil är öppen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed.</source>
        <translation>Ingen hemlighet för den här webhooken är sparad på den här datorn, så leveransen kan inte signeras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret could not be read from the keychain: %1</source>
        <translation>Hemligheten kunde inte läsas från nyckelringen: %1</translation>
    </message>
</context>
<context>
    <name>DeliverySignature</name>
    <message>
        <location filename="../app/core/deliverysignature.cpp" line="+103"/>
        <source>The x-ms-date header is missing.</source>
        <translation>Headern x-ms-date saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The x-ms-content-sha256 header is missing.</source>
        <translation>Headern x-ms-content-sha256 saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Authorization header is missing.</source>
        <translation>Headern Authorization saknas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Authorization header is malformed: expected &quot;HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=&lt;base64&gt;&quot;.</source>
        <translation>Headern Authorization har fel format: förväntade &quot;HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=&lt;base64&gt;&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body&apos;s SHA-256 does not match x-ms-content-sha256: the body was changed after it was sent. Hash the raw bytes as received.</source>
        <translation>Innehållets SHA-256 stämmer inte med x-ms-content-sha256: innehållet ändrades efter att det skickades. Beräkna hashen av de råa byten så som de togs emot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body has CRLF line endings where LF belongs.</source>
        <translation>Innehållet har CRLF-radslut där det ska vara LF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body looks re-serialised (its JSON spacing differs from the compact form).</source>
        <translation>Innehållet ser ut att ha serialiserats om (dess JSON-blanksteg skiljer sig från den kompakta formen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The host differs from the registered URL&apos;s (%1 instead of %2).</source>
        <translation>Värden skiljer sig från den registrerade URL:ens (%1 i stället för %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The path or query differs from the registered URL&apos;s (%1 instead of %2).</source>
        <translation>Sökvägen eller frågan skiljer sig från den registrerade URL:ens (%1 i stället för %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery&apos;s URL is missing or invalid.</source>
        <translation>Leveransens URL saknas eller är ogiltig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signature was computed with CRLF where LF belongs: the string to sign uses &quot;\n&quot; between its lines, not &quot;\r\n&quot;.</source>
        <translation>Signaturen beräknades med CRLF där det ska vara LF: strängen som signeras använder &quot;\n&quot; mellan raderna, inte &quot;\r\n&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match: the secret is wrong (perhaps the other environment&apos;s, or another webhook&apos;s), or the URL, date or hash signed differs.</source>
        <translation>Signaturen stämmer inte: hemligheten är fel (kanske den andra miljöns eller en annan webhooks), eller så skiljer sig URL:en, datumet eller hashen som signerades.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The text does not start with an HTTP request line such as &quot;POST /path HTTP/1.1&quot;.</source>
        <translation>Texten börjar inte med en HTTP-begäranrad som &quot;POST /path HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The request has no Host header.</source>
        <translation>Begäran har ingen Host-header.</translation>
    </message>
</context>
<context>
    <name>DeliveryVerification</name>
    <message>
        <location filename="../app/core/deliveryverification.cpp" line="+103"/>
        <source>The signature was made with the secret this webhook has stored for the %1 environment, not with this one&apos;s: the delivery was signed for the other environment (or the secret was stored under the wrong environment).</source>
        <translation>Signaturen gjordes med hemligheten som den här webhooken har sparad för miljön %1, inte med den här miljöns: leveransen signerades för den andra miljön (eller så sparades hemligheten under fel miljö).</translation>
    </message>
</context>
<context>
    <name>EnterSecretDialog</name>
    <message>
        <location filename="../ui/entersecretdialog.ui" line="+14"/>
        <source>Enter Webhook Secret</source>
        <translation>Ange webhook-hemlighet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Enter the secret of this webhook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ange hemligheten för den här webhooken&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vipps MobilePay returned this secret once, when the webhook was registered (perhaps with another tool). Stored here, it lets this console verify deliveries and send signed test deliveries. It goes to this computer&apos;s keychain only.</source>
        <translation>Vipps MobilePay returnerade den här hemligheten en gång, när webhooken registrerades (kanske med ett annat verktyg). När den sparas här kan konsolen verifiera leveranser och skicka signerade testleveranser. Den sparas bara i nyckelringen på den här datorn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Hemlighet:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemlighet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how the secret</source>
        <translation>&amp;Visa hemligheten</translation>
    </message>
    <message>
        <location filename="../ui/entersecretdialog.cpp" line="+20"/>
        <source>Webhook %1
URL %2</source>
        <translation>Webhook %1
URL %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tore Secret</source>
        <translation>&amp;Spara hemlighet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keychain did not store the secret: %1</source>
        <translation>Nyckelringen sparade inte hemligheten: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paste the secret exactly as Vipps MobilePay returned it at registration.</source>
        <translation>Klistra in hemligheten exakt som Vipps MobilePay returnerade den vid registreringen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secret is one line of text: remove the line breaks and control characters.</source>
        <translation>En hemlighet är en enda textrad: ta bort radbrytningar och kontrolltecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret has no spaces inside: check that you pasted only the secret.</source>
        <translation>En hemlighet innehåller inga mellanslag: kontrollera att du bara klistrade in hemligheten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The spaces at the start or end are left out.</source>
        <translation>Mellanslagen i början eller slutet utelämnas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only %n character(s): check that you copied all of it.</source>
        <translation>
            <numerusform>Bara %n tecken: kontrollera att du kopierade allt.</numerusform>
            <numerusform>Bara %n tecken: kontrollera att du kopierade allt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n character(s).</source>
        <translation>
            <numerusform>%n tecken.</numerusform>
            <numerusform>%n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This replaces the secret stored on this machine.</source>
        <translation>Detta ersätter hemligheten som är sparad på den här datorn.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Sparar hemligheten i nyckelringen…</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <location filename="../app/core/environment.cpp" line="+54"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
</context>
<context>
    <name>EnvironmentChip</name>
    <message>
        <location filename="../ui/environmentchip.cpp" line="+51"/>
        <source>sample registrations</source>
        <translation>exempelregistreringar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · partner keys</source>
        <translation>%1 · partnernycklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · MSN %2</source>
        <translation>%1 · MSN %2</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <location filename="../app/core/eventcatalog.cpp" line="+115"/>
        <source>%1: %2</source>
        <comment>product: event</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Never fires in the test environment: the Donations API exists only in production.</source>
        <translation>Utlöses aldrig i testmiljön: Donations-API:et finns bara i produktion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the test environment these fire only for payments created through the ePayment API (not for other APIs&apos; test payments).</source>
        <translation>I testmiljön utlöses dessa bara för betalningar som skapats via ePayment-API:et (inte för andra API:ers testbetalningar).</translation>
    </message>
    <message>
        <location filename="../app/core/eventcatalognames.cpp" line="+9"/>
        <source>ePayment</source>
        <translation>ePayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Dragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized</source>
        <translation>Reserverad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurring</source>
        <translation>Återkommande betalningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement accepted</source>
        <translation>Avtal godkänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement rejected</source>
        <translation>Avtal avvisat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement stopped</source>
        <translation>Avtal stoppat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement expired</source>
        <translation>Avtal utgånget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge reserved</source>
        <translation>Dragning reserverad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge captured</source>
        <translation>Dragning genomförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge cancelled</source>
        <translation>Dragning annullerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge failed</source>
        <translation>Dragning misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge creation failed</source>
        <translation>Skapande av dragning misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge refunded</source>
        <translation>Dragning återbetald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User checked in</source>
        <translation>Användare incheckad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant-initiated login ping</source>
        <translation>Inloggningsping initierad av företaget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donations</source>
        <translation>Donationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement started</source>
        <translation>Avtal startat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal day changed</source>
        <translation>Dragningsdag ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount changed</source>
        <translation>Belopp ändrat</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <location filename="../ui/eventpicker.cpp" line="+174"/>
        <location line="+152"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>not known (limit %1)</source>
        <translation>okänt (gräns %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhooks could not be loaded: how many registrations use this event is not known. The limit is %1.</source>
        <translation>Webhookarna kunde inte läsas in: det är okänt hur många registreringar som använder den här händelsen. Gränsen är %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 used, full</source>
        <translation>%1 av %2 används, fullt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The limit for this event (%1) is reached. Delete a registration to register another.</source>
        <translation>Gränsen för den här händelsen (%1) är nådd. Ta bort en registrering för att registrera en ny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 used</source>
        <translation>%1 av %2 används</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 registrations for this event are in use.</source>
        <translation>%1 av %2 registreringar för den här händelsen används.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event type is not in the console&apos;s catalogue; it is kept as it is.</source>
        <translation>Den här händelsetypen finns inte i konsolens katalog; den behålls som den är.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Test environment: %1</source>
        <translation>Testmiljön: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This URL is already registered for this event: each event would arrive twice.</source>
        <translation>Den här URL:en är redan registrerad för den här händelsen: varje händelse skulle komma två gånger.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 selected</source>
        <translation>%1 av %2 valda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select or clear every event of this group</source>
        <translation>Markera eller avmarkera alla händelser i den här gruppen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Search events (name or type)</source>
        <translation>Sök händelser (namn eller typ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the events by name, product or event type</source>
        <translation>Filtrera händelserna efter namn, produkt eller händelsetyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Sök händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event type</source>
        <translation>Händelsetyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrations</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrations of this sales unit (or of the partner keys) that use the event, against the limit</source>
        <translation>Registreringar för det här försäljningsstället (eller för partnernycklarna) som använder händelsen, mot gränsen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/historydialog.cpp" line="+178"/>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Senaste 24 timmarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Sales unit:</source>
        <translation>&amp;Försäljningsställe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nvironment:</source>
        <translation>&amp;Miljö:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No local state store.</source>
        <translation>Ingen lokal tillståndsfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be read: %1</source>
        <translation>Historiken kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All sales units</source>
        <translation>Alla försäljningsställen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All environments</source>
        <translation>Alla miljöer</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n of %1 change(s) shown.</source>
        <translation>
            <numerusform>%n av %1 ändring visas.</numerusform>
            <numerusform>%n av %1 ändringar visas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the History</source>
        <translation>Exportera historiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1.</source>
        <translation>Exporterad till %1.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-267"/>
        <source>Partner (all sales units)</source>
        <translation>Partner (alla försäljningsställen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MSN %1</source>
        <translation>MSN %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed outside this console between %1 and %2. Vipps MobilePay removes endpoints that failed for two weeks.</source>
        <translation>Borttagen utanför den här konsolen mellan %1 och %2. Vipps MobilePay tar bort slutpunkter som har misslyckats i två veckor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace id %1</source>
        <translation>Spårnings-id %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales unit</source>
        <translation>Försäljningsställe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook id</source>
        <translation>Webhook-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/storage/keychainsecretstore.cpp" line="+184"/>
        <source>The keychain is locked and was not unlocked (the unlock prompt was cancelled or could not be shown). Unlock it and try again.</source>
        <translation>Nyckelringen är låst och låstes inte upp (upplåsningsdialogen avbröts eller kunde inte visas). Lås upp den och försök igen.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Nyckelringen svarade inte inom %n sekund.</numerusform>
            <numerusform>Nyckelringen svarade inte inom %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The keychain has no entry “%1”.</source>
        <translation>Nyckelringen har ingen post ”%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked and was not unlocked, or access to it was refused.</source>
        <translation>Nyckelringen är låst och låstes inte upp, eller så nekades åtkomst till den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain reported an unknown error.</source>
        <translation>Nyckelringen rapporterade ett okänt fel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain reported an error: %1</source>
        <translation>Nyckelringen rapporterade ett fel: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available: no Secret Service (gnome-keyring or KWallet) is running on this desktop.</source>
        <translation>Ingen nyckelring är tillgänglig: ingen Secret Service (gnome-keyring eller KWallet) körs på det här skrivbordet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+121"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the registered webhooks again</source>
        <translation>Läs in de registrerade webhookarna igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister…</source>
        <translation>Re&amp;gistrera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new webhook</source>
        <translation>Registrera en ny webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected webhooks</source>
        <translation>Ta bort de valda webhookarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the table by URL, event or id</source>
        <translation>Filtrera tabellen efter URL, händelse eller id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit or remove profiles and their API keys</source>
        <translation>Lägg till, redigera eller ta bort profiler och deras API-nycklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch Profile…</source>
        <translation>B&amp;yt profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another profile: type to search</source>
        <translation>Öppna en annan profil: skriv för att söka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Webhook Console</source>
        <translation>Avsluta Webhook Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Webhook Console</source>
        <translation>&amp;Om Webhook Console</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Talking to the API…</source>
        <translation>Kommunicerar med API:et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of Webhook Console</source>
        <translation>Språket i Webhook Console</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Production — changes affect live payments</source>
        <translation>Produktion – ändringar påverkar riktiga betalningar</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Webhooks loaded.</source>
        <translation>Webhooks inlästa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhooks could not be loaded.</source>
        <translation>Webhookarna kunde inte läsas in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: trying again in %2 s…</source>
        <translation>%1: försöker igen om %2 s…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook registered.</source>
        <translation>Webhook registrerad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The webhook was not registered.</source>
        <translation>Webhooken registrerades inte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Local state</source>
        <translation>Lokalt tillstånd</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The deletion failed.</source>
        <translation>Borttagningen misslyckades.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n deletions failed.</source>
        <translation>
            <numerusform>%1 av %n borttagning misslyckades.</numerusform>
            <numerusform>%1 av %n borttagningar misslyckades.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted 1 webhook.</source>
        <translation>Tog bort 1 webhook.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Deleted %n webhooks.</source>
        <translation>
            <numerusform>Tog bort %n webhook.</numerusform>
            <numerusform>Tog bort %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sandbox — %1</source>
        <translation>Sandlåda – %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Manage Vipps MobilePay webhooks from the desktop.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Hantera Vipps MobilePay-webhooks från skrivbordet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quit Webhook Console?</source>
        <translation>Avsluta Webhook Console?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registration is still running, or its secret has not been saved yet. The API never shows a secret twice. Quit anyway?</source>
        <translation>En registrering pågår fortfarande, eller så har dess hemlighet inte sparats än. API:et visar aldrig en hemlighet två gånger. Vill du avsluta ändå?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+17"/>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy the whole error, trace id included, for a support request</source>
        <translation>Kopiera hela felet, inklusive spårnings-id (trace id), till ett supportärende</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trace id: %1</source>
        <translation>Spårnings-id (trace id): %1</translation>
    </message>
</context>
<context>
    <name>NetworkAccessManager</name>
    <message>
        <location filename="../app/core/networkaccessmanager.cpp" line="+62"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: kan inte läsa %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation>%1: %2 innehåller inget PEM-certifikat.</translation>
    </message>
</context>
<context>
    <name>OrphanedSecretsDialog</name>
    <message>
        <location filename="../ui/orphanedsecretsdialog.ui" line="+14"/>
        <source>Orphaned Secrets</source>
        <translation>Övergivna hemligheter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These secrets are stored on this computer, but no webhook with their id is registered any more: it was deleted elsewhere, or Vipps MobilePay removed it after its endpoint failed for two weeks. A secret is of no use without its webhook.</source>
        <translation>De här hemligheterna är sparade på den här datorn, men ingen webhook med deras id är registrerad längre: den togs bort någon annanstans, eller så tog Vipps MobilePay bort den efter att dess slutpunkt hade misslyckats i två veckor. En hemlighet är till ingen nytta utan sin webhook.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ids of the orphaned secrets</source>
        <translation>Id för de övergivna hemligheterna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove Selected…</source>
        <translation>Ta bort &amp;markerade…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove &amp;All…</source>
        <translation>Ta bort &amp;alla…</translation>
    </message>
    <message>
        <location filename="../ui/orphanedsecretsdialog.cpp" line="+64"/>
        <source>“%1” (%2, partner keys)</source>
        <translation>”%1” (%2, partnernycklar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2, MSN %3)</source>
        <translation>”%1” (%2, MSN %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;No orphaned secrets for %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inga övergivna hemligheter för %1.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%1: %n secret(s) without a webhook.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %n hemlighet utan webhook.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %n hemligheter utan webhook.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Remove %n stored secret(s) from this computer? No webhook with these ids is registered any more.</source>
        <translation>
            <numerusform>Ta bort %n sparad hemlighet från den här datorn? Ingen webhook med det här id:t är registrerad längre.</numerusform>
            <numerusform>Ta bort %n sparade hemligheter från den här datorn? Ingen webhook med de här id:na är registrerad längre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Removed %n stored secret(s).</source>
        <translation>
            <numerusform>Tog bort %n sparad hemlighet.</numerusform>
            <numerusform>Tog bort %n sparade hemligheter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>orphaned secret</source>
        <translation>föräldralös hemlighet</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Remove the stored secret of the webhook %1 from this computer? No webhook with this id is registered any more.</source>
        <translation>Ta bort den sparade hemligheten för webhooken %1 från den här datorn? Ingen webhook med det här id:t är registrerad längre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Orphaned Secrets</source>
        <translation>Ta bort övergivna hemligheter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing…</source>
        <translation>Tar bort…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keychain did not remove the secret of %1: %2</source>
        <translation>Nyckelringen tog inte bort hemligheten för %1: %2</translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <location filename="../app/import/postmanimport.cpp" line="+150"/>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a Postman environment.</source>
        <translation>Filen är för stor för att vara en Postman-miljö.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>Filen är inte giltig JSON (%1 vid tecken %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a Postman environment: it holds no JSON object.</source>
        <translation>Filen är inte en Postman-miljö: den innehåller inget JSON-objekt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a Postman collection, not an environment. In Postman, export the environment that holds your keys (Environments, ..., Export).</source>
        <translation>Det här är en Postman-samling, inte en miljö. Exportera miljön som innehåller dina nycklar i Postman (Environments, ..., Export).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not a Postman environment: it has no &quot;values&quot; list.</source>
        <translation>Filen är inte en Postman-miljö: den har ingen &quot;values&quot;-lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Postman environment: &quot;values&quot; is not a list.</source>
        <translation>Filen är inte en Postman-miljö: &quot;values&quot; är inte en lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Postman environment: &quot;name&quot; is not text.</source>
        <translation>Filen är inte en Postman-miljö: &quot;name&quot; är inte text.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not open %1: %2</source>
        <translation>Kunde inte öppna %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large to be a Postman environment.</source>
        <translation>%1 är för stor för att vara en Postman-miljö.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read %1: %2</source>
        <translation>Kunde inte läsa %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These look like production keys. The new profile is set to Test: choose Production yourself if that is where the keys belong.</source>
        <translation>Det här ser ut som produktionsnycklar. Den nya profilen är inställd på Test: välj Produktion själv om det är där nycklarna hör hemma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the export: %1. Enter them before saving.</source>
        <translation>Saknas i exporten: %1. Fyll i dem innan du sparar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled in Postman, not imported: %1.</source>
        <translation>Inaktiverade i Postman, inte importerade: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported because the value is not plain text (or refers to another Postman variable): %1.</source>
        <translation>Inte importerade eftersom värdet inte är ren text (eller hänvisar till en annan Postman-variabel): %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No merchantSerialNumber: the profile uses partner keys (all sales units).</source>
        <translation>Inget merchantSerialNumber: profilen använder partnernycklar (alla försäljningsställen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used by the console: %1.</source>
        <translation>Används inte av konsolen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries without a variable name were skipped: %1.</source>
        <translation>Poster utan variabelnamn hoppades över: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new language takes effect when Webhook Console is started again.</source>
        <translation>Det nya språket börjar gälla nästa gång Webhook Console startas.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+15"/>
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <location filename="../app/delivery/preflightcheck.cpp" line="+31"/>
        <source>HTTPS URL</source>
        <translation>HTTPS-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common port</source>
        <translation>Vanlig port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address</source>
        <translation>Offentlig adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2+ and a trusted certificate</source>
        <translation>TLS 1.2+ och ett betrott certifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No redirect</source>
        <translation>Ingen omdirigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed test POST answered 2xx</source>
        <translation>Signerad test-POST besvarad med 2xx</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pass</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Underkänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Inte kontrollerad</translation>
    </message>
</context>
<context>
    <name>PreflightRules</name>
    <message>
        <location filename="../app/delivery/preflightrules.cpp" line="+34"/>
        <source>the certificate for %1 from %2 is valid until %3</source>
        <translation>certifikatet för %1 från %2 är giltigt till %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The URL is an absolute https URL.</source>
        <translation>URL:en är en absolut https-URL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is one of the common ports (443, 80, 8080).</source>
        <translation>Port %1 är en av de vanliga portarna (443, 80, 8080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 is not one of the common ports Vipps MobilePay recommends (443, 80, 8080); deliveries may not reach it.</source>
        <translation>Port %1 är inte en av de vanliga portar som Vipps MobilePay rekommenderar (443, 80, 8080); leveranser kanske inte når fram.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name %1 does not resolve: %2</source>
        <translation>Namnet %1 kan inte slås upp: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name %1 does not resolve to any address.</source>
        <translation>Namnet %1 pekar inte på någon adress.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, which is private or local: Vipps MobilePay cannot reach it from the internet.</source>
        <translation>%1 pekar på %2, som är privat eller lokal: Vipps MobilePay kan inte nå den från internet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 resolves to this computer (%2): allowed for testing only; Vipps MobilePay cannot reach it.</source>
        <translation>%1 pekar på den här datorn (%2): tillåtet endast för test; Vipps MobilePay kan inte nå den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to public addresses (%2).</source>
        <translation>%1 pekar på offentliga adresser (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS-handskakningen misslyckades: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. The certificate expires soon: renew it.</source>
        <translation>%1. Certifikatet upphör snart att gälla: förnya det.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: the test POST got no answer.</source>
        <translation>Inte kontrollerad: test-POST:en fick inget svar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test POST was not redirected.</source>
        <translation>Test-POST:en omdirigerades inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test POST was answered %1 with a redirect to %2. Vipps MobilePay does not follow redirects: register the final URL.</source>
        <translation>Test-POST:en besvarades med %1 och en omdirigering till %2. Vipps MobilePay följer inte omdirigeringar: registrera den slutliga URL:en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nowhere</source>
        <translation>ingenstans</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answered %1 in %2.</source>
        <translation>Svarade %1 på %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered %1 in %2: the receiver probably refused the signature of the throwaway secret (no secret exists before registration). It must answer 2xx to genuine deliveries.</source>
        <translation>Svarade %1 på %2: mottagaren avvisade troligen signaturen från engångshemligheten (ingen hemlighet finns före registreringen). Den måste svara 2xx på äkta leveranser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered %1 in %2, not 2xx: Vipps MobilePay would count the delivery as failed and retry it.</source>
        <translation>Svarade %1 på %2, inte 2xx: Vipps MobilePay skulle räkna leveransen som misslyckad och försöka igen.</translation>
    </message>
</context>
<context>
    <name>PreflightWidget</name>
    <message>
        <location filename="../ui/preflightwidget.cpp" line="+149"/>
        <location line="+123"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+90"/>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Checking %1 as Vipps MobilePay would call it (%2 of %3 checks done)…</source>
        <translation>Kontrollerar %1 så som Vipps MobilePay skulle anropa den (%2 av %3 kontroller klara)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check of %1 was stopped.</source>
        <translation>Kontrollen av %1 stoppades.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1 fails the check.&lt;/b&gt; Vipps MobilePay could not deliver to it: fix what failed before registering.</source>
        <translation>&lt;b&gt;%1 underkänns i kontrollen.&lt;/b&gt; Vipps MobilePay skulle inte kunna leverera dit: åtgärda det som underkändes innan du registrerar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 passes, with warnings.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 godkänns, med varningar.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 passes every check.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 godkänns i alla kontroller.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test POST was signed with a made-up secret (the real one exists only after registration), so a 401 or 403 answer is only a warning.</source>
        <translation>Test-POST:en signerades med en påhittad hemlighet (den riktiga finns först efter registreringen), så ett 401- eller 403-svar är bara en varning.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/storage/profile.cpp" line="+16"/>
        <source>Enter a name for the profile.</source>
        <translation>Ange ett namn på profilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Profilnamnet är längre än %1 tecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain “/” or “\”.</source>
        <translation>Profilnamnet får inte innehålla ”/” eller ”\”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain control characters such as line breaks.</source>
        <translation>Profilnamnet får inte innehålla kontrolltecken som radbrytningar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile name must not begin or end with a space.</source>
        <translation>Profilnamnet får inte börja eller sluta med ett mellanslag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name “-” is reserved.</source>
        <translation>Profilnamnet ”-” är reserverat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the %2 environment; it cannot be declared %3.</source>
        <translation>%1 är miljön %2; den kan inte anges som %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether %1 is a test or a production server.</source>
        <translation>Ange om %1 är en test- eller produktionsserver.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A PSP profile needs the merchant&apos;s MSN (Merchant-Serial-Number): a PSP calls on a merchant&apos;s behalf, never with its own MSN.</source>
        <translation>En PSP-profil behöver företagets MSN (Merchant-Serial-Number): en PSP anropar för ett företags räkning, aldrig med sitt eget MSN.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner keys exist only in production: in the test environment a partner uses the ordinary test keys of a sales unit. Enter that sales unit&apos;s MSN, or choose Production.</source>
        <translation>Partnernycklar finns bara i produktion: i testmiljön använder en partner ett försäljningsställes vanliga testnycklar. Ange försäljningsställets MSN, eller välj Produktion.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the base URL of the custom environment.</source>
        <translation>Ange bas-URL:en för den anpassade miljön.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System name</source>
        <translation>Systemnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System version</source>
        <translation>Systemversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin name</source>
        <translation>Plugin-namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin version</source>
        <translation>Plugin-version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../ui/profileform.ui" line="+29"/>
        <source>New Profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Shop 123456 test</source>
        <translation>t.ex. Butik 123456 test</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Miljö:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Bas-URL:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>https://apitest.vipps.no</source>
        <translation>https://apitest.vipps.no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environment of this server</source>
        <translation>Serverns miljö</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;MSN:</source>
        <translation>M&amp;SN:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/profileform.cpp" line="+435"/>
        <source>Empty for partner keys</source>
        <translation>Tomt för partnernycklar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;SP id:</source>
        <translation>PSP-id (betaltjänstleverant&amp;ör):</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/profileform.cpp" line="+2"/>
        <source>Only for a PSP</source>
        <translation>Bara för en PSP</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Client secre&amp;t:</source>
        <translation>Client s&amp;ecret:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subscription &amp;key:</source>
        <translation>P&amp;renumerationsnyckel:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>S&amp;how stored keys</source>
        <translation>Visa spara&amp;de nycklar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vipps-System headers (optional)</source>
        <translation>Vipps-System-headers (valfritt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ystem name:</source>
        <translation>S&amp;ystemnamn:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>System &amp;version:</source>
        <translation>System&amp;version:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pl&amp;ugin name:</source>
        <translation>Pl&amp;ugin-namn:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Plu&amp;gin version:</source>
        <translation>Plu&amp;gin-version:</translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="-199"/>
        <source>Production: changes affect live payments. Use production keys; test keys fail here.</source>
        <translation>Produktion: ändringar påverkar riktiga betalningar. Använd produktionsnycklar; testnycklar fungerar inte här.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox built into this console: no real keys are needed.</source>
        <translation>Sandlådan som är inbyggd i den här konsolen: inga riktiga nycklar behövs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the API base URL, such as https://apitest.vipps.no (plain http only for this computer, such as a local sandbox).</source>
        <translation>Ange API:ets bas-URL, till exempel https://apitest.vipps.no (vanlig http endast för den här datorn, till exempel en lokal sandlåda).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say whether this server is a test or a production server; until then it is treated as production.</source>
        <translation>Ange om servern är en test- eller produktionsserver; till dess behandlas den som produktion.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A PSP profile: “Psp-Id: %1” is sent on every webhooks call (not on the token call), with the merchant&apos;s MSN above, never the PSP&apos;s own.</source>
        <translation>En PSP-profil: ”Psp-Id: %1” skickas i varje webhooks-anrop (inte i tokenanropet), med företagets MSN ovan, aldrig PSP:ns eget.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The merchant&apos;s MSN, on whose behalf the PSP calls.</source>
        <translation>MSN för det företag som PSP:n anropar för.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty means partner keys: registrations then cover every sales unit of the partner, present and future.</source>
        <translation>Tomt betyder partnernycklar: registreringarna gäller då alla partnerns försäljningsställen, nuvarande och framtida.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter a name, such as the shop and the environment.</source>
        <translation>Ange ett namn, till exempel butiken och miljön.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A profile named “%1” exists already.</source>
        <translation>Det finns redan en profil med namnet ”%1”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the client ID</source>
        <translation>client ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client secret</source>
        <translation>client secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the subscription key</source>
        <translation>prenumerationsnyckeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: %1 (business portal, For developers). They are kept in the keychain only.</source>
        <translation>Saknas fortfarande: %1 (företagsportalen, För utvecklare). De sparas bara i nyckelringen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keys are kept in the keychain only.</source>
        <translation>Nycklarna sparas bara i nyckelringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored keys are kept unless you type new ones.</source>
        <translation>De sparade nycklarna behålls om du inte skriver in nya.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Test (apitest.vipps.no)</source>
        <translation>Test (apitest.vipps.no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production (api.vipps.no)</source>
        <translation>Produktion (api.vipps.no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL</source>
        <translation>Anpassad bas-URL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which environment is this server?</source>
        <translation>Vilken miljö är servern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test server</source>
        <translation>En testserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A production server (live payments)</source>
        <translation>En produktionsserver (riktiga betalningar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile “%1”</source>
        <translation>Profil ”%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Stored in the keychain</source>
        <translation>Sparad i nyckelringen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A GUID from the business portal</source>
        <translation>Ett GUID från företagsportalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the business portal</source>
        <translation>Från företagsportalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ocp-Apim-Subscription-Key</source>
        <translation>Ocp-Apim-Subscription-Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant Serial Number: the sales unit, 4 to 7 digits</source>
        <translation>Merchant Serial Number (MSN): försäljningsstället, 4 till 7 siffror</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PSP&apos;s id, sent as Psp-Id on every webhooks call</source>
        <translation>En PSP:s id, skickas som Psp-Id i varje webhooks-anrop</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent as %1, at most 30 characters. Empty: “%2”.</source>
        <translation>Skickas som %1, högst 30 tecken. Tomt: ”%2”.</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../ui/profileheader.cpp" line="+57"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No profile</source>
        <translation>Ingen profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile: API keys of one sales unit (or partner) in one environment</source>
        <translation>Profilen: API-nycklarna för ett försäljningsställe (eller en partner) i en miljö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sandbox API inside this program: sample data, no keys</source>
        <translation>Sandlåde-API:et i det här programmet: exempeldata, inga nycklar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sandbox: the API runs inside this program; nothing reaches Vipps MobilePay</source>
        <translation>Sandlåda: API:et körs i det här programmet; inget når Vipps MobilePay</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PSP %1 for MSN %2</source>
        <translation>PSP %1 för MSN %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: all sales units</source>
        <translation>Partner: alla försäljningsställen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MSN %1</source>
        <translation>MSN %1</translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <location filename="../app/storage/profilemanager.cpp" line="+66"/>
        <source>“%1” is not a valid webhook id.</source>
        <translation>”%1” är inte ett giltigt webhook-id.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Det finns redan en profil med namnet ”%1”.</translation>
    </message>
    <message>
        <location line="+136"/>
        <location line="+32"/>
        <source>No profile is selected.</source>
        <translation>Ingen profil är vald.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>No API keys are stored in the keychain for the profile “%1”.</source>
        <translation>Inga API-nycklar är sparade i nyckelringen för profilen ”%1”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API keys of the profile “%1” in the keychain could not be read; save the profile again.</source>
        <translation>API-nycklarna för profilen ”%1” kunde inte läsas från nyckelringen; spara profilen igen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The secret of the webhook %1 is in the keychain, but this computer&apos;s list of stored secrets could not record it. %2</source>
        <translation>Hemligheten för webhooken %1 finns i nyckelringen, men den kunde inte föras in i den här datorns lista över sparade hemligheter. %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No secret is stored on this computer for the webhook %1.</source>
        <translation>Ingen hemlighet är sparad på den här datorn för webhooken %1.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="+36"/>
        <source>Open the production profile “%1” (partner keys: every sales unit)? Changes there affect live payments.</source>
        <translation>Öppna produktionsprofilen ”%1” (partnernycklar: alla försäljningsställen)? Ändringar där påverkar riktiga betalningar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the production profile “%1” (MSN %2)? Changes there affect live payments.</source>
        <translation>Öppna produktionsprofilen ”%1” (MSN %2)? Ändringar där påverkar riktiga betalningar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open production profile</source>
        <translation>Öppna produktionsprofil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is a production profile: it is not opened by itself.</source>
        <translation>”%1” är en produktionsprofil: den öppnas inte automatiskt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Choose it in the profile list, or open it here.</source>
        <translation>Välj den i profillistan, eller öppna den här.</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+80"/>
        <source>Open “%1”…</source>
        <translation>Öppna ”%1”…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Registration in progress</source>
        <translation>Registrering pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registration is still running. If you switch now, its answer is dropped and the new webhook&apos;s secret may be lost. Switch anyway?</source>
        <translation>En registrering pågår fortfarande. Om du byter nu förkastas dess svar och den nya webhookens hemlighet kan gå förlorad. Vill du byta ändå?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open Profiles…</source>
        <translation>Öppna Profiler…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is a production profile now: it is not opened by itself.</source>
        <translation>”%1” är nu en produktionsprofil: den öppnas inte automatiskt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile “%1” saved.</source>
        <translation>Profilen ”%1” har sparats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose it in the profile list to open it.</source>
        <translation>Välj den i profillistan för att öppna den.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../ui/profilesdialog.ui" line="+14"/>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pro&amp;files:</source>
        <translation>Pro&amp;filer:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import from &amp;Postman…</source>
        <translation>Importera från &amp;Postman…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Test conne&amp;ction</source>
        <translation>Testa &amp;anslutning</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="+148"/>
        <source>Discard Changes</source>
        <translation>Förkasta ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the profile you have not saved yet?</source>
        <translation>Förkasta profilen som du inte har sparat än?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>Förkasta de osparade ändringarna i ”%1”?</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Reading the keys from the keychain...</source>
        <translation>Läser nycklarna från nyckelringen...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keys are stored for this profile. Enter them, then save.</source>
        <translation>Inga nycklar är sparade för den här profilen. Ange dem och spara sedan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain did not give the stored keys: %1</source>
        <translation>Nyckelringen lämnade inte ut de sparade nycklarna: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving...</source>
        <translation>Sparar...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the stored keys from the keychain: %1 Nothing was saved; what you typed is still here.</source>
        <translation>Kunde inte läsa de sparade nycklarna från nyckelringen: %1 Inget sparades; det du skrev finns kvar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keys are stored for this profile: enter the client ID, the client secret and the subscription key.</source>
        <translation>Inga nycklar är sparade för den här profilen: ange client ID, client secret och prenumerationsnyckeln.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save: %1 Nothing was changed, and what you typed is still here.</source>
        <translation>Kunde inte spara: %1 Inget ändrades, och det du skrev finns kvar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved “%1”. The keys are in the keychain.</source>
        <translation>Sparade ”%1”. Nycklarna finns i nyckelringen.</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Open “%1” in the window</source>
        <translation>Öppna ”%1” i fönstret</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove Profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile “%1”? Its API keys and the webhook secrets stored for it are deleted from this computer&apos;s keychain. The webhooks registered with Vipps MobilePay stay as they are.</source>
        <translation>Ta bort profilen ”%1”? Dess API-nycklar och de webhook-hemligheter som är sparade för den tas bort från nyckelringen på den här datorn. Webhookarna som är registrerade hos Vipps MobilePay förblir som de är.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove “%1”: %2</source>
        <translation>Kunde inte ta bort ”%1”: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed “%1”.</source>
        <translation>Tog bort ”%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a Postman Environment</source>
        <translation>Importera en Postman-miljö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postman environment (*.json);;All files (*)</source>
        <translation>Postman-miljö (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not import the Postman environment: %1</source>
        <translation>Kunde inte importera Postman-miljön: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported from Postman. Check the values, then save.</source>
        <translation>Importerad från Postman. Kontrollera värdena och spara sedan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the fields marked above first.</source>
        <translation>Rätta först fälten som är markerade ovan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in sandbox needs no keys; the main window starts it.</source>
        <translation>Den inbyggda sandlådan behöver inga nycklar; huvudfönstret startar den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the stored keys from the keychain: %1</source>
        <translation>Kunde inte läsa de sparade nycklarna från nyckelringen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the client ID, the client secret and the subscription key first.</source>
        <translation>Ange client ID, client secret och prenumerationsnyckeln först.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Getting an access token from %1...</source>
        <translation>Hämtar en åtkomsttoken från %1...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keys work. Token valid until %1.</source>
        <translation>Nycklarna fungerar. Token giltig till %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection test failed.</source>
        <translation>Anslutningstestet misslyckades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace id: %1</source>
        <translation>Spårnings-id (trace id): %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported profile</source>
        <translation>Importerad profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gets an access token with the values in the form</source>
        <translation>Hämtar en åtkomsttoken med värdena i formuläret</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="qtstrings.cpp" line="+114"/>
        <source>Displays help on commandline options.</source>
        <translation>Visar hjälp för kommandoradsalternativ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Visar hjälp inklusive Qt-specifika alternativ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Visar versionsinformation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[alternativ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänt alternativ ”%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Okända alternativ: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Värde saknas efter ”%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter ”%1”.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-78"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show </source>
        <translation>Visa </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>\&quot;%1\&quot; är skrivskyddad. 
Vill du ta bort den ändå?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Är du säker på att du vill ta bort ”%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Lista över platser och bokmärken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left</source>
        <translation>Alt+Vänster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up</source>
        <translation>Alt+Upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Filmapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Föräldrakatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Min dator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Right</source>
        <translation>Alt+Höger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Skapa en ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Filer av typen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Hitta katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1 
Katalogen hittades inte. 
Kontrollera att det korrekta katalognamnet angavs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Kataloger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Kunde inte ta bort katalogen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan. 
Vill du ersätta den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Gå framåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Gå till den överordnade mappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Gå tillbaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Byt till detaljvy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Genväg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljerad vy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1 
Filen hittades inte. 
Kontrollera att det korrekta filnamnet angavs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Byt till listvy</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Min dator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Ogiltigt filnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Namnet ”%1” kan inte användas.&lt;/b&gt;&lt;p&gt;Försök med ett annat namn, med färre tecken eller utan skiljetecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date Modified</source>
        <translation>Ändringsdatum</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-9"/>
        <source>Show Details...</source>
        <translation>Visa detaljer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Dölj detaljer...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QuickSwitcherDialog</name>
    <message>
        <location filename="../ui/quickswitcherdialog.cpp" line="+27"/>
        <source>Switch Profile</source>
        <translation>Byt profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name, an environment or an MSN</source>
        <translation>Skriv ett namn, en miljö eller ett MSN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>QuitAfterFirstList</name>
    <message numerus="yes">
        <location filename="../ui/quitafterfirstlist.cpp" line="+27"/>
        <source>Listed %n webhook(s).</source>
        <translation>
            <numerusform>Listade %n webhook.</numerusform>
            <numerusform>Listade %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listing failed: %1</source>
        <translation>Listningen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ui/registerdialog.ui" line="+14"/>
        <source>Register a Webhook</source>
        <translation>Registrera en webhook</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Delete It and Register Again</source>
        <translation>&amp;Ta bort den och registrera igen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>https://example.com/webhooks/vipps</source>
        <translation>https://example.com/webhooks/vipps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Check URL</source>
        <translation>&amp;Kontrollera URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the URL as Vipps MobilePay would (name, TLS, redirects, a signed test POST), before registering it</source>
        <translation>Anropa URL:en så som Vipps MobilePay skulle göra (namn, TLS, omdirigeringar, en signerad test-POST) innan du registrerar den</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Events:</source>
        <translation>&amp;Händelser:</translation>
    </message>
    <message>
        <location filename="../ui/registerdialog.cpp" line="+147"/>
        <source>Refused.</source>
        <translation>Avvisad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trace id (support asks for it): %1</source>
        <translation>Spårnings-id (trace id, supporten frågar efter det): %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the https:// address that will receive the events.</source>
        <translation>Ange https://-adressen som ska ta emot händelserna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use https://. Vipps MobilePay delivers webhooks over HTTPS only.</source>
        <translation>Använd https://. Vipps MobilePay levererar webhooks endast över HTTPS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an absolute address that starts with https://, such as https://example.com/webhooks.</source>
        <translation>Ange en absolut adress som börjar med https://, till exempel https://example.com/webhooks.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is this computer: Vipps MobilePay cannot reach it. Use a public address (a tunnel gives you one for tests).</source>
        <translation>%1 är den här datorn: Vipps MobilePay kan inte nå den. Använd en offentlig adress (en tunnel ger dig en för test).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a private or local address that Vipps MobilePay cannot reach. Use a public host name.</source>
        <translation>%1 är en privat eller lokal adress som Vipps MobilePay inte kan nå. Använd ett offentligt värdnamn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is unusual: Vipps MobilePay recommends 443, 80 or 8080, and deliveries to other ports may fail.</source>
        <translation>Port %1 är ovanlig: Vipps MobilePay rekommenderar 443, 80 eller 8080, och leveranser till andra portar kan misslyckas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A public HTTPS address. It must answer 2xx, without redirects.</source>
        <translation>En offentlig HTTPS-adress. Den måste svara 2xx, utan omdirigeringar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Register</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Registering the webhook. This can take a few seconds...</source>
        <translation>Registrerar webhooken. Det kan ta några sekunder...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, HTTP %2</source>
        <translation>%1, HTTP %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered, but the secret was not received.</source>
        <translation>Registrerad, men hemligheten togs inte emot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vipps MobilePay registered this webhook with the id %1, but the answer that carried its secret was lost (%2). The API never shows a secret again, so its deliveries cannot be verified.</source>
        <translation>Vipps MobilePay registrerade den här webhooken med id %1, men svaret med dess hemlighet gick förlorat (%2). API:et visar aldrig en hemlighet igen, så dess leveranser kan inte verifieras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete it and register again to get a new secret: the same URL and events, registered once.</source>
        <translation>Ta bort den och registrera igen för att få en ny hemlighet: samma URL och händelser, registrerade en gång.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Registers with partner keys in %1: the webhook covers every sales unit, present and future.</source>
        <translation>Registrerar med partnernycklar i %1: webhooken gäller alla försäljningsställen, nuvarande och framtida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registers as PSP %1 for the merchant&apos;s sales unit %2 in %3.</source>
        <translation>Registrerar som PSP %1 för företagets försäljningsställe %2 i %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registers for sales unit %1 in %2.</source>
        <translation>Registrerar för försäljningsställe %1 i %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This webhook will receive live payment events.</source>
        <translation>Den här webhooken kommer att ta emot händelser för riktiga betalningar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+20"/>
        <source>Refused by the API: %1</source>
        <translation>Avvisad av API:et: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one event.</source>
        <translation>Välj minst en händelse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This URL is already registered for %1: each of these events would arrive twice.</source>
        <translation>Den här URL:en är redan registrerad för %1: var och en av de här händelserna skulle komma två gånger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events selected: %1.</source>
        <translation>Valda händelser: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The webhooks could not be loaded, so the limits and the events this URL already has were not checked.</source>
        <translation>Webhookarna kunde inte läsas in, så gränserna och de händelser som den här URL:en redan har kontrollerades inte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not selected because the limit is reached: %1.</source>
        <translation>Inte valda eftersom gränsen är nådd: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterFlow</name>
    <message>
        <location filename="../ui/registerflow.cpp" line="+82"/>
        <source>Register %1 in PRODUCTION with partner keys, for every sales unit? It receives real payment events.</source>
        <translation>Registrera %1 i PRODUKTION med partnernycklar, för alla försäljningsställen? Den tar emot riktiga betalningshändelser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register %1 in PRODUCTION for MSN %2? It receives real payment events.</source>
        <translation>Registrera %1 i PRODUKTION för MSN %2? Den tar emot riktiga betalningshändelser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register in production</source>
        <translation>Registrera i produktion</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&lt;b&gt;Registered, but the secret was not received:&lt;/b&gt; this registration has no secret anywhere, so its deliveries cannot be verified. Once it is deleted, the same URL and events are registered again, and the new secret is stored and shown.</source>
        <translation>&lt;b&gt;Registrerad, men hemligheten togs inte emot:&lt;/b&gt; den här registreringen har ingen hemlighet någonstans, så dess leveranser kan inte verifieras. När den har tagits bort registreras samma URL och händelser igen, och den nya hemligheten sparas och visas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting the registration whose secret was lost…</source>
        <translation>Tar bort registreringen vars hemlighet gick förlorad…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting it failed (%1). Nothing was registered again.</source>
        <translation>Borttagningen misslyckades (%1). Inget registrerades igen.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../ui/replacedialog.ui" line="+14"/>
        <source>Replace Webhook</source>
        <translation>Ersätt webhook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The API cannot change a registration. This registers the new URL for the events below and stores its secret on this computer. The old registration stays, and keeps receiving events, until you delete it.</source>
        <translation>API:et kan inte ändra en registrering. Detta registrerar den nya URL:en för händelserna nedan och sparar dess hemlighet på den här datorn. Den gamla registreringen finns kvar, och fortsätter att ta emot händelser, tills du tar bort den.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New &amp;URL:</source>
        <translation>Ny &amp;URL:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>https://example.com/vipps/webhooks</source>
        <translation>https://example.com/vipps/webhooks</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Events:</source>
        <translation>&amp;Händelser:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Registering the new webhook. This can take a few seconds…</source>
        <translation>Registrerar den nya webhooken. Det kan ta några sekunder…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Send a &amp;Test Delivery…</source>
        <translation>Skicka en &amp;testleverans…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete the Old Registration…</source>
        <translation>Ta &amp;bort den gamla registreringen…</translation>
    </message>
    <message>
        <location filename="../ui/replacedialog.cpp" line="+22"/>
        <source>Replacing %1
Id %2</source>
        <translation>Ersätter %1
Id %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register Replacement</source>
        <translation>Registrera ersättning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Step 1 of 2: register the replacement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Steg 1 av 2: registrera ersättningen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Refused by the API: %1</source>
        <translation>Avvisad av API:et: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same URL as the old registration: the replacement gets a new secret, and each event arrives twice until the old one is deleted.</source>
        <translation>Samma URL som den gamla registreringen: ersättningen får en ny hemlighet, och varje händelse kommer två gånger tills den gamla har tagits bort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one event.</source>
        <translation>Välj minst en händelse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events selected: %1 (the old registration had %2).</source>
        <translation>Valda händelser: %1 (den gamla registreringen hade %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At their limit while the old registration exists, so left out: %1. Delete the old registration first to keep them.</source>
        <translation>Utelämnade eftersom gränsen är nådd så länge den gamla registreringen finns: %1. Ta bort den gamla registreringen först för att behålla dem.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep Both for Now</source>
        <translation>B&amp;ehåll båda tills vidare</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Refused.</source>
        <translation>Avvisad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trace id (support asks for it): %1</source>
        <translation>Spårnings-id (trace id, supporten frågar efter det): %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace Webhook — Next Steps</source>
        <translation>Ersätt webhook – nästa steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Step 2 of 2: the new webhook is registered&lt;/b&gt;</source>
        <translation>&lt;b&gt;Steg 2 av 2: den nya webhooken är registrerad&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old %1
Id %2</source>
        <translation>Gammal %1
Id %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New %1
Id %2</source>
        <translation>Ny %1
Id %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its secret is kept in memory for this sandbox session (no keychain is available).</source>
        <translation>Dess hemlighet hålls i minnet under den här sandlådesessionen (ingen nyckelring är tillgänglig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its secret is stored in this computer&apos;s keychain.</source>
        <translation>Dess hemlighet är sparad i nyckelringen på den här datorn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its secret could not be stored on this computer: copy it from the secret dialog now.</source>
        <translation>Dess hemlighet kunde inte sparas på den här datorn: kopiera den från hemlighetsdialogen nu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before you delete the old registration:&lt;ol&gt;&lt;li&gt;Give your receiver the new secret.&lt;/li&gt;&lt;li&gt;Check that deliveries reach the new URL.&lt;/li&gt;&lt;li&gt;Then delete the old registration.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;Until then, the old endpoint must keep answering 2xx.&lt;/b&gt; Vipps MobilePay may treat a failing endpoint as an incident, and it sends each event to both registrations meanwhile.</source>
        <translation>Innan du tar bort den gamla registreringen:&lt;ol&gt;&lt;li&gt;Ge din mottagare den nya hemligheten.&lt;/li&gt;&lt;li&gt;Kontrollera att leveranserna når den nya URL:en.&lt;/li&gt;&lt;li&gt;Ta sedan bort den gamla registreringen.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;Fram till dess måste den gamla slutpunkten fortsätta att svara 2xx.&lt;/b&gt; Vipps MobilePay kan behandla en slutpunkt som fallerar som en incident, och skickar under tiden varje händelse till båda registreringarna.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Done: the webhook is replaced&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klart: webhooken är ersatt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old registration (%1) is deleted. Its endpoint no longer gets deliveries from Vipps MobilePay.</source>
        <translation>Den gamla registreringen (%1) är borttagen. Dess slutpunkt får inte längre leveranser från Vipps MobilePay.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The old registration was not deleted: %1</source>
        <translation>Den gamla registreringen togs inte bort: %1</translation>
    </message>
</context>
<context>
    <name>ReplaceFlow</name>
    <message>
        <location filename="../ui/replaceflow.cpp" line="+107"/>
        <source>replaces %1</source>
        <translation>ersätter %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Replacing:&lt;/b&gt; delete the old registration only once your receiver has the new secret and deliveries reach the new URL. Until it is deleted, the old endpoint must keep answering 2xx: Vipps MobilePay may treat a failing endpoint as an incident.</source>
        <translation>&lt;b&gt;Ersätter:&lt;/b&gt; ta bort den gamla registreringen först när din mottagare har den nya hemligheten och leveranserna når den nya URL:en. Tills den är borttagen måste den gamla slutpunkten fortsätta att svara 2xx: Vipps MobilePay kan behandla en slutpunkt som fallerar som en incident.</translation>
    </message>
</context>
<context>
    <name>RetrySchedule</name>
    <message>
        <location filename="../app/core/retryschedule.cpp" line="+50"/>
        <source>If this endpoint fails (an answer other than 2xx, or none within about 10 seconds), Vipps MobilePay tries each delivery again: about every 2 seconds for the first four attempts, then after 1 and 2 minutes, then hourly through attempt %1, then daily, for %2 days. Deliveries go in order: a failing event blocks the later events of the same payment until it is delivered or given up.</source>
        <translation>Om den här slutpunkten fallerar (ett annat svar än 2xx, eller inget svar inom ungefär 10 sekunder) gör Vipps MobilePay nya försök med varje leverans: ungefär varannan sekund de fyra första försöken, sedan efter 1 och 2 minuter, sedan varje timme till och med försök %1, sedan dagligen, i %2 dagar. Leveranserna sker i ordning: en händelse som fallerar blockerar senare händelser för samma betalning tills den har levererats eller getts upp.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>If it started failing now (%1): hourly attempts from %2, the last hourly one at %3, the last attempt at %4 (%n attempts in all).</source>
        <translation>
            <numerusform>Om den började fallera nu (%1): försök varje timme från %2, det sista timförsöket %3, det sista försöket %4 (%n försök totalt).</numerusform>
            <numerusform>Om den började fallera nu (%1): försök varje timme från %2, det sista timförsöket %3, det sista försöket %4 (%n försök totalt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unresponsive for %1 days, the registration is removed, without notice: on %2. Refresh the list to notice.</source>
        <translation>Efter %1 dagar utan svar tas registreringen bort, utan meddelande: %2. Uppdatera listan för att märka det.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <location filename="../ui/revealaction.cpp" line="+73"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide (Ctrl+H)</source>
        <translation>Dölj (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show (Ctrl+H)</source>
        <translation>Visa (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <location filename="../app/sandbox/sandboxserver.cpp" line="+107"/>
        <source>The sandbox is already running.</source>
        <translation>Sandlådan körs redan.</translation>
    </message>
</context>
<context>
    <name>SandboxState</name>
    <message>
        <location filename="../app/sandbox/sandboxstate.cpp" line="+235"/>
        <source>The file is not a sandbox state file.</source>
        <translation>Filen är inte en tillståndsfil för sandlådan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox state file has a version this program cannot read.</source>
        <translation>Sandlådans tillståndsfil har en version som det här programmet inte kan läsa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox state file names an invalid sales unit &quot;%1&quot;.</source>
        <translation>Sandlådans tillståndsfil anger ett ogiltigt försäljningsställe ”%1”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sandbox state file has an invalid registration.</source>
        <translation>Sandlådans tillståndsfil har en ogiltig registrering.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save the sandbox state to %1: %2</source>
        <translation>Kunde inte spara sandlådans tillstånd i %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the sandbox state from %1: %2</source>
        <translation>Kunde inte läsa sandlådans tillstånd från %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox state file %1 is too large.</source>
        <translation>Sandlådans tillståndsfil %1 är för stor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sandbox state file %1 is not valid JSON.</source>
        <translation>Sandlådans tillståndsfil %1 är inte giltig JSON.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/secretdialog.ui" line="+14"/>
        <source>Save this secret</source>
        <translation>Spara den här hemligheten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Save this secret now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spara den här hemligheten nu&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your webhook receiver needs this secret to verify that deliveries come from Vipps MobilePay. It is shown only once: the API never returns it again. If it is lost, the only remedy is a new registration.</source>
        <translation>Din webhook-mottagare behöver den här hemligheten för att verifiera att leveranserna kommer från Vipps MobilePay. Den visas bara en gång: API:et returnerar den aldrig igen. Om den går förlorad är en ny registrering enda lösningen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemlighet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the secret; the clipboard is cleared again after 30 seconds</source>
        <translation>Kopiera hemligheten; urklippet töms igen efter 30 sekunder</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;I have saved this secret</source>
        <translation>&amp;Jag har sparat den här hemligheten</translation>
    </message>
    <message>
        <location filename="../ui/secretdialog.cpp" line="+16"/>
        <source>Webhook %1
URL %2</source>
        <translation>Webhook %1
URL %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox: no keychain is available, so the secret is kept in memory for this session only.</source>
        <translation>Sandlåda: ingen nyckelring är tillgänglig, så hemligheten hålls i minnet bara under den här sessionen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox: a copy is stored in this computer&apos;s keychain, and the sandbox keeps this registration for the next time.</source>
        <translation>Sandlåda: en kopia är sparad i nyckelringen på den här datorn, och sandlådan behåller den här registreringen till nästa gång.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is stored in this computer&apos;s keychain for profile “%1”. Keep it where your webhook receiver can use it, too.</source>
        <translation>En kopia är sparad i nyckelringen på den här datorn för profilen ”%1”. Förvara den även där din webhook-mottagare kan använda den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The secret could not be stored in the keychain.&lt;/b&gt; Copy it now and keep it in your password manager or your receiver&apos;s configuration: it cannot be shown again.</source>
        <translation>&lt;b&gt;Hemligheten kunde inte sparas i nyckelringen.&lt;/b&gt; Kopiera den nu och förvara den i din lösenordshanterare eller i mottagarens konfiguration: den kan inte visas igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain: %1</source>
        <translation>Nyckelring: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copied</source>
        <translation>Kopierad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the secret first: it is not stored anywhere else</source>
        <translation>Kopiera hemligheten först: den är inte sparad någon annanstans</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../ui/secretfile.cpp" line="+15"/>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <location filename="../ui/sendtestdialog.ui" line="+14"/>
        <source>Send Test Delivery (Simulated)</source>
        <translation>Skicka testleverans (simulerad)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Event:</source>
        <translation>&amp;Händelse:</translation>
    </message>
    <message>
        <location line="+71"/>
        <location filename="../ui/sendtestdialog.cpp" line="+178"/>
        <source>&amp;Answer:</source>
        <translation>S&amp;var:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>W&amp;hat was sent (paste it into Verify delivery to check a receiver&apos;s view):</source>
        <translation>Det som s&amp;kickades (klistra in det i Verifiera leverans för att se det mottagaren ser):</translation>
    </message>
    <message>
        <location filename="../ui/sendtestdialog.cpp" line="-131"/>
        <location line="+160"/>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+193"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>E&amp;nter Secret…</source>
        <translation>&amp;Ange hemlighet…</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sending a simulated delivery of %1 to %2…</source>
        <translation>Skickar en simulerad leverans av %1 till %2…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. The receiver may have got the simulated delivery anyway.</source>
        <translation>Stoppad. Mottagaren kan ändå ha fått den simulerade leveransen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Simulated delivery failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Den simulerade leveransen misslyckades:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have reached the receiver.</source>
        <translation>Den kan ha nått mottagaren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: %1</source>
        <translation>Inget skickades: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Simulated delivery: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Simulerad leverans: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receiver redirected the delivery; Vipps MobilePay does not follow redirects.</source>
        <translation>Mottagaren omdirigerade leveransen; Vipps MobilePay följer inte omdirigeringar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vipps MobilePay would count this delivery as failed and retry it.</source>
        <translation>Vipps MobilePay skulle räkna den här leveransen som misslyckad och försöka igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiver accepted it.</source>
        <translation>Mottagaren godtog den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… (only the start is shown)</source>
        <translation>… (bara början visas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer (%1):</source>
        <translation>S&amp;var (%1):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent yet.</source>
        <translation>Inte skickad än.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send Again</source>
        <translation>&amp;Skicka igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the secret stored on this machine for this webhook.</source>
        <translation>Signerad med hemligheten som är sparad på den här datorn för den här webhooken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed. Enter the secret (if you kept it when the webhook was registered), or replace the webhook to get a new one.</source>
        <translation>Ingen hemlighet för den här webhooken är sparad på den här datorn, så leveransen kan inte signeras. Ange hemligheten (om du sparade den när webhooken registrerades), eller ersätt webhooken för att få en ny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed. This version cannot take a secret for an existing webhook yet: replace the webhook (register its URL again, then delete the old one) to get a secret stored here.</source>
        <translation>Ingen hemlighet för den här webhooken är sparad på den här datorn, så leveransen kan inte signeras. Den här versionen kan ännu inte ta emot en hemlighet för en befintlig webhook: ersätt webhooken (registrera dess URL igen och ta sedan bort den gamla) för att få en hemlighet sparad här.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sends a &lt;b&gt;simulated&lt;/b&gt; delivery, not one from Vipps MobilePay: a sample payload for the event, signed with the webhook&apos;s secret exactly as Vipps MobilePay signs deliveries, marked with the header &lt;tt&gt;X-Webhook-Console-Test: true&lt;/tt&gt; and &lt;tt&gt;&quot;simulated&quot;: true&lt;/tt&gt; in the body.</source>
        <translation>Skickar en &lt;b&gt;simulerad&lt;/b&gt; leverans, inte en från Vipps MobilePay: ett exempelinnehåll för händelsen, signerat med webhookens hemlighet exakt så som Vipps MobilePay signerar leveranser, märkt med headern &lt;tt&gt;X-Webhook-Console-Test: true&lt;/tt&gt; och &lt;tt&gt;&quot;simulated&quot;: true&lt;/tt&gt; i innehållet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Id: %2</source>
        <translation>%1
Id: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ This goes to a production receiver. Make sure it ignores deliveries marked as simulated.</source>
        <translation>⚠ Det här går till en mottagare i produktion. Se till att den ignorerar leveranser som är märkta som simulerade.</translation>
    </message>
</context>
<context>
    <name>SimulateEventDialog</name>
    <message>
        <location filename="../ui/simulateeventdialog.ui" line="+14"/>
        <source>Simulate Event (Sandbox)</source>
        <translation>Simulera händelse (sandlåda)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox delivers as Vipps MobilePay does: one simulated event, POSTed to every sandbox registration of this sales unit that has the event type, each signed with its own secret and marked X-Webhook-Console-Test: true.</source>
        <translation>Sandlådan levererar så som Vipps MobilePay gör: en simulerad händelse, skickad med POST till alla registreringar i sandlådan för det här försäljningsstället som har händelsetypen, var och en signerad med sin egen hemlighet och märkt X-Webhook-Console-Test: true.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Event:</source>
        <translation>&amp;Händelse:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Registration URL</source>
        <translation>Registrerad URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/simulateeventdialog.cpp" line="+28"/>
        <location line="+172"/>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulera</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>%1 (no registration)</source>
        <translation>%1 (ingen registrering)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (1 registration)</source>
        <translation>%1 (1 registrering)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n registrations)</source>
        <translation>
            <numerusform>%1 (%n registrering)</numerusform>
            <numerusform>%1 (%n registreringar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Simulated events exist only in the Sandbox environment.</source>
        <translation>Simulerade händelser finns bara i sandlådemiljön.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sandbox registration has this event: register a webhook for it first, or choose another.</source>
        <translation>Ingen registrering i sandlådan har den här händelsen: registrera en webhook för den först, eller välj en annan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes to %1.</source>
        <translation>Går till %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Id: %2</source>
        <translation>%1
Id: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulating %1…</source>
        <translation>Simulerar %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Deliveries already sent may have arrived.</source>
        <translation>Stoppad. Leveranser som redan skickats kan ha kommit fram.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No sandbox registration has this event: nothing was sent.</source>
        <translation>Ingen registrering i sandlådan har den här händelsen: inget skickades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated: %1 of %2 answered 2xx.</source>
        <translation>Simulerad: %1 av %2 svarade 2xx.</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <location filename="../app/storage/statestore.cpp" line="+130"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; on Debian it is the package libqt6sql6-sqlite.</source>
        <translation>Qts SQLite-drivrutin (QSQLITE) är inte installerad; i Debian finns den i paketet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The folder of the local state file “%1” could not be created.</source>
        <translation>Mappen för den lokala tillståndsfilen ”%1” kunde inte skapas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The local state file “%1” could not be opened: %2</source>
        <translation>Den lokala tillståndsfilen ”%1” kunde inte öppnas: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is damaged (%1)</source>
        <translation>den är skadad (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer version of this program (schema %1; this version knows up to %2)</source>
        <translation>den skrevs av en nyare version av det här programmet (schema %1; den här versionen känner till upp till %2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The local state file “%1” could not be read (%2). It was moved aside to “%3” and a new one was started. The secrets in the keychain are untouched, but webhooks registered before may no longer show that their secret is on this computer.</source>
        <translation>Den lokala tillståndsfilen ”%1” kunde inte läsas (%2). Den flyttades undan till ”%3” och en ny skapades. Hemligheterna i nyckelringen är orörda, men webhooks som registrerats tidigare kanske inte längre visar att deras hemlighet finns på den här datorn.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The local state file “%1” could not be used: %2</source>
        <translation>Den lokala tillståndsfilen ”%1” kunde inte användas: %2</translation>
    </message>
</context>
<context>
    <name>StatusBarInfo</name>
    <message>
        <location filename="../ui/statusbarinfo.cpp" line="+43"/>
        <source>The access token is kept in memory only and renewed when needed</source>
        <translation>Åtkomsttoken hålls bara i minnet och förnyas vid behov</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No profile open</source>
        <translation>Ingen profil öppen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token valid until %1</source>
        <translation>Token giltig till %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No token yet</source>
        <translation>Ingen token än</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshed at %1</source>
        <translation>Uppdaterad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not loaded yet</source>
        <translation>Inte inläst än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 webhook</source>
        <translation>1 webhook</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n webhooks</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of 1 webhook shown</source>
        <translation>%1 av 1 webhook visas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n webhooks shown</source>
        <translation>
            <numerusform>%1 av %n webhook visas</numerusform>
            <numerusform>%1 av %n webhooks visas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDeliverySender</name>
    <message>
        <location filename="../app/delivery/testdeliverysender.cpp" line="+44"/>
        <source>%1 (a redirect to %2, not followed) in %3</source>
        <translation>%1 (en omdirigering till %2, följdes inte) på %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nowhere</source>
        <translation>ingenstans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ms</source>
        <comment>milliseconds</comment>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The URL is not a valid absolute URL with a host name.</source>
        <translation>URL:en är inte en giltig absolut URL med värdnamn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password.</source>
        <translation>URL:en får inte innehålla användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not have a #fragment.</source>
        <translation>URL:en får inte ha ett #fragment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliveries go to https URLs only (plain http only to this computer, for the sandbox).</source>
        <translation>Leveranser går bara till https-URL:er (vanlig http bara till den här datorn, för sandlådan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https://.</source>
        <translation>URL:en måste börja med https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+117"/>
        <source>Sending a test delivery</source>
        <translation>Sändning av testleverans</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>A secret is needed to sign the delivery.</source>
        <translation>En hemlighet behövs för att signera leveransen.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No answer within %1; Vipps MobilePay would count this delivery as failed and retry it.</source>
        <translation>Inget svar inom %1; Vipps MobilePay skulle räkna den här leveransen som misslyckad och försöka igen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection closed before the receiver answered; the delivery was not sent again.</source>
        <translation>Anslutningen stängdes innan mottagaren svarade; leveransen skickades inte igen.</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <location filename="../app/delivery/tlsprobe.cpp" line="+30"/>
        <source>an older or unknown protocol</source>
        <translation>ett äldre eller okänt protokoll</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No TLS handshake within %1.</source>
        <translation>Ingen TLS-handskakning inom %1.</translation>
    </message>
</context>
<context>
    <name>UrlPreflight</name>
    <message>
        <location filename="../app/delivery/urlpreflight.cpp" line="+90"/>
        <source>Not checked: the URL is not valid.</source>
        <translation>Inte kontrollerad: URL:en är inte giltig.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+17"/>
        <source>Not checked: Vipps MobilePay could not reach this address.</source>
        <translation>Inte kontrollerad: Vipps MobilePay kunde inte nå den här adressen.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Not checked: Vipps MobilePay delivers to https URLs only.</source>
        <translation>Inte kontrollerad: Vipps MobilePay levererar bara till https-URL:er.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no answer within %1.</source>
        <translation>inget svar inom %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent: no test POST was asked for.</source>
        <translation>Inte skickad: ingen test-POST begärdes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked: the TLS check failed.</source>
        <translation>Inte kontrollerad: TLS-kontrollen misslyckades.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/core/validation.cpp" line="+76"/>
        <source>The base URL must be an absolute URL such as https://api.example.com.</source>
        <translation>Bas-URL:en måste vara en absolut URL, till exempel https://api.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Bas-URL:en får inte innehålla användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query or a fragment.</source>
        <translation>Bas-URL:en får inte ha en fråga eller ett fragment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plain http is allowed only for this computer (127.0.0.1, ::1, localhost); use https.</source>
        <translation>Vanlig http tillåts bara för den här datorn (127.0.0.1, ::1, localhost); använd https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with https://.</source>
        <translation>Bas-URL:en måste börja med https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the URL that should receive the webhook deliveries.</source>
        <translation>Ange URL:en som ska ta emot webhook-leveranserna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL is longer than 2048 characters.</source>
        <translation>URL:en är längre än 2048 tecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain spaces or control characters.</source>
        <translation>URL:en får inte innehålla mellanslag eller kontrolltecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL is not a valid absolute URL.</source>
        <translation>URL:en är inte en giltig absolut URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https://.</source>
        <translation>URL:en måste börja med https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL has no host name.</source>
        <translation>URL:en har inget värdnamn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password.</source>
        <translation>URL:en får inte innehålla användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not have a #fragment.</source>
        <translation>URL:en får inte ha ett #fragment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Merchant Serial Number is 4 to 7 digits (leave it empty for partner keys).</source>
        <translation>Merchant Serial Number (MSN) består av 4 till 7 siffror (lämna det tomt för partnernycklar).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PSP id is 1 to 64 letters, digits, “-”, “_” or “.”.</source>
        <translation>PSP-id:t är 1 till 64 bokstäver, siffror, ”-”, ”_” eller ”.”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most 30 characters.</source>
        <translation>Högst 30 tecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control characters (such as line breaks) are not allowed.</source>
        <translation>Kontrolltecken (som radbrytningar) är inte tillåtna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only plain ASCII characters are allowed in HTTP headers.</source>
        <translation>Endast vanliga ASCII-tecken är tillåtna i HTTP-headers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose at least one event.</source>
        <translation>Välj minst en händelse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an event type.</source>
        <translation>&quot;%1&quot; är inte en händelsetyp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many events in one registration.</source>
        <translation>För många händelser i en registrering.</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../ui/vaultactions.cpp" line="+28"/>
        <source>Replacement registered. Delete the old registration when deliveries reach the new URL.</source>
        <translation>Ersättning registrerad. Ta bort den gamla registreringen när leveranserna når den nya URL:en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The old registration is deleted: the webhook is replaced.</source>
        <translation>Den gamla registreringen är borttagen: webhooken är ersatt.</translation>
    </message>
</context>
<context>
    <name>VerifyDeliveryDialog</name>
    <message>
        <location filename="../ui/verifydeliverydialog.ui" line="+14"/>
        <source>Verify Delivery</source>
        <translation>Verifiera leverans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste a delivery exactly as your endpoint received it and choose the secret. The check runs on this computer: nothing is sent anywhere.</source>
        <translation>Klistra in en leverans exakt som din slutpunkt tog emot den och välj hemligheten. Kontrollen körs på den här datorn: inget skickas någonstans.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Webhook and secret</source>
        <translation>Webhook och hemlighet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Secret:</source>
        <translation>Hemlighet:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The one &amp;stored on this machine for this webhook</source>
        <translation>Den so&amp;m är sparad på den här datorn för den här webhooken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Typed:</source>
        <translation>I&amp;nskriven:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The webhook&apos;s secret, as returned at registration</source>
        <translation>Webhookens hemlighet, så som den returnerades vid registreringen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;ny stored secret: find the registration that signed it</source>
        <translation>Alla sparade hemligheter: hi&amp;tta den som signerade</translation>
    </message>
    <message>
        <location filename="../ui/verifydeliverydialog.cpp" line="+27"/>
        <location line="+340"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verifiera</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Headers present</source>
        <translation>Headers finns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization header</source>
        <translation>Authorization-header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body hash</source>
        <translation>Hash av innehållet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None: no registered URL to compare, the secret typed</source>
        <translation>Ingen: ingen registrerad URL att jämföra med, hemligheten inskriven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (secret stored)</source>
        <translation>%1 (hemlighet sparad)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id: %1
Events: %2</source>
        <translation>Id: %1
Händelser: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+12"/>
        <source>Cannot verify yet</source>
        <translation>Kan inte verifiera än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the webhook&apos;s secret, or choose a webhook whose secret is stored on this machine.</source>
        <translation>Skriv in webhookens hemlighet, eller välj en webhook vars hemlighet är sparad på den här datorn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the secret…</source>
        <translation>Läser hemligheten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>From the keychain of this computer.</source>
        <translation>Från nyckelringen på den här datorn.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No stored secret</source>
        <translation>Ingen sparad hemlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret of this webhook is stored on this machine: type it.</source>
        <translation>Ingen hemlighet för den här webhooken är sparad på den här datorn: skriv in den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret could not be read</source>
        <translation>Hemligheten kunde inte läsas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The text ended with a line break that is not part of the signed body (copying usually adds one): it was left out.</source>
        <translation>Texten slutade med en radbrytning som inte ingår i det signerade innehållet (kopiering lägger oftast till en): den utelämnades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request&apos;s own Host and path were taken as the registered URL: choose the webhook to compare them with the URL it was registered with.</source>
        <translation>Begärans egen Host och sökväg användes som registrerad URL: välj webhooken för att jämföra dem med den URL som den registrerades med.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhook-Id: %1 (this delivery&apos;s id, not the registration&apos;s)</source>
        <translation>Webhook-Id: %1 (den här leveransens id, inte registreringens)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying every stored secret…</source>
        <translation>Provar varje sparad hemlighet…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Signed with this secret and unchanged since: this delivery is genuine.</source>
        <translation>Signerad med den här hemligheten och oförändrad sedan dess: den här leveransen är äkta.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Failed step: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Misslyckat steg: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+49"/>
        <source>VALID</source>
        <translation>GILTIG</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>NOT VALID</source>
        <translation>INTE GILTIG</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Verify says whether the delivery is genuine and, if it is not, which step failed.</source>
        <translation>Verifiera visar om leveransen är äkta och, om den inte är det, vilket steg som misslyckades.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The delivery&apos;s host, path and query are compared with the registered URL %1.</source>
        <translation>Leveransens värd, sökväg och fråga jämförs med den registrerade URL:en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No webhook chosen: the delivery&apos;s own URL (in a raw request, its Host header and path) stands for the registered URL.</source>
        <translation>Ingen webhook vald: leveransens egen URL (i en rå begäran: dess Host-header och sökväg) står för den registrerade URL:en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a webhook to use the secret stored for it, or type the secret.</source>
        <translation>Välj en webhook för att använda hemligheten som är sparad för den, eller skriv in hemligheten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret of this webhook is stored on this machine: type it. If it is lost, replace the webhook (register its URL again, then delete the old one).</source>
        <translation>Ingen hemlighet för den här webhooken är sparad på den här datorn: skriv in den. Om den har gått förlorad, ersätt webhooken (registrera dess URL igen och ta sedan bort den gamla).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox keeps this secret in memory for this session; it is not shown.</source>
        <translation>Sandlådan håller den här hemligheten i minnet under den här sessionen; den visas inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from the keychain when you verify; it is not shown.</source>
        <translation>Läses från nyckelringen när du verifierar; den visas inte.</translation>
    </message>
</context>
<context>
    <name>WatchActions</name>
    <message>
        <location filename="../ui/watchactions.cpp" line="+19"/>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate Removal by Vipps MobilePay</source>
        <translation>Simulera borttagning av Vipps MobilePay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;Automatically</source>
        <translation>Uppdatera &amp;automatiskt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change made on this machine, and what vanished (%1)</source>
        <translation>Varje ändring som gjorts på den här datorn, och det som försvann (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Off</source>
        <translation>&amp;Av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;5 minutes</source>
        <translation>Var &amp;5:e minut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;15 minutes</source>
        <translation>Var &amp;15:e minut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;hour</source>
        <translation>Varje &amp;timme</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sandbox: remove the selected registrations silently, as Vipps MobilePay removes endpoints that failed for two weeks; the next refresh notices</source>
        <translation>Sandlåda: ta bort de valda registreringarna i tysthet, så som Vipps MobilePay tar bort slutpunkter som har misslyckats i två veckor; nästa uppdatering märker det</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n webhook registration(s) vanished</source>
        <translation>
            <numerusform>%n webhook-registrering försvann</numerusform>
            <numerusform>%n webhook-registreringar försvann</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed outside Webhook Console (%1, %2): %3</source>
        <translation>Borttagen utanför Webhook Console (%1, %2): %3</translation>
    </message>
</context>
<context>
    <name>WebhookDetailsDialog</name>
    <message>
        <location filename="../ui/webhookdetailsdialog.ui" line="+14"/>
        <source>Webhook details</source>
        <translation>Webhook-detaljer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Secret:</source>
        <translation>Hemlighet:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemlighet</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/webhookdetailsdialog.cpp" line="+119"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport Secret…</source>
        <translation>E&amp;xportera hemlighet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;move Stored Secret…</source>
        <translation>Ta &amp;bort sparad hemlighet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Enter Secret…</source>
        <translation>&amp;Ange hemlighet…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Events:</source>
        <translation>Händelser:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event type</source>
        <translation>Händelsetyp</translation>
    </message>
    <message>
        <location filename="../ui/webhookdetailsdialog.cpp" line="-94"/>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this version&apos;s catalogue)</source>
        <translation>(inte i den här versionens katalog)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Events (%n):</source>
        <translation>
            <numerusform>Händelser (%n):</numerusform>
            <numerusform>Händelser (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Test Delivery…</source>
        <translation>Skicka &amp;testleverans…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a simulated delivery, signed with the stored secret, to this webhook&apos;s URL</source>
        <translation>Skicka en simulerad leverans, signerad med den sparade hemligheten, till den här webhookens URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;place…</source>
        <translation>&amp;Ersätt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new webhook in place of this one and delete this one when you are ready (the API cannot change a registration)</source>
        <translation>Registrera en ny webhook i stället för den här och ta bort den här när du är redo (API:et kan inte ändra en registrering)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the stored secret in this dialog</source>
        <translation>Visa den sparade hemligheten i den här dialogrutan</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copy the stored secret; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Kopiera den sparade hemligheten; urklippet töms efter %n sekund</numerusform>
            <numerusform>Kopiera den sparade hemligheten; urklippet töms efter %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the secret to a file, in clear text</source>
        <translation>Skriv hemligheten till en fil, i klartext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the secret from this computer&apos;s keychain; the webhook stays registered</source>
        <translation>Ta bort hemligheten från nyckelringen på den här datorn; webhooken förblir registrerad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the secret of a webhook registered elsewhere, so its deliveries can be verified here</source>
        <translation>Spara hemligheten för en webhook som registrerats någon annanstans, så att dess leveranser kan verifieras här</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kept in memory for this sandbox session (no keychain is available).</source>
        <translation>Hålls i minnet under den här sandlådesessionen (ingen nyckelring är tillgänglig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in this computer&apos;s keychain.</source>
        <translation>Sparad i nyckelringen på den här datorn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored on this machine. The API returns a secret only once, at registration: if you have it, enter it; otherwise replace the webhook to get a new secret.</source>
        <translation>Inte sparad på den här datorn. API:et returnerar en hemlighet bara en gång, vid registreringen: om du har den, ange den; annars ersätter du webhooken för att få en ny hemlighet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This webhook is no longer in the list.</source>
        <translation>Den här webhooken finns inte längre i listan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the secret from the keychain…</source>
        <translation>Läser hemligheten från nyckelringen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain did not give the secret: %1</source>
        <translation>Nyckelringen lämnade inte ut hemligheten: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reveal Secret</source>
        <translation>Visa hemlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the secret of this production webhook on screen? Anyone who sees it can make deliveries that your receiver accepts as genuine.</source>
        <translation>Visa hemligheten för den här produktionswebhooken på skärmen? Alla som ser den kan skapa leveranser som din mottagare godtar som äkta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shown on screen</source>
        <translation>visad på skärmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy Secret</source>
        <translation>Kopiera hemlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the secret of this production webhook to the clipboard? Anyone who has it can make deliveries that your receiver accepts as genuine.</source>
        <translation>Kopiera hemligheten för den här produktionswebhooken till urklipp? Alla som har den kan skapa leveranser som din mottagare godtar som äkta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copied to the clipboard</source>
        <translation>kopierad till urklipp</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopierad. Urklippet töms om %n sekund.</numerusform>
            <numerusform>Kopierad. Urklippet töms om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Export Secret</source>
        <translation>Exportera hemlighet</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file will hold the secret of this webhook in clear text, readable by anyone who can read the file. With it, anyone can make deliveries that your receiver accepts as genuine.

Keep the file only as long as you need it, and never in a shared folder, a backup or version control. Export anyway?</source>
        <translation>Filen kommer att innehålla hemligheten för den här webhooken i klartext, läsbar för alla som kan läsa filen. Med den kan vem som helst skapa leveranser som din mottagare godtar som äkta.

Behåll filen bara så länge du behöver den, och aldrig i en delad mapp, en säkerhetskopia eller versionshantering. Vill du exportera ändå?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textfiler (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to %1, readable by you only. The file holds the secret in clear text: delete it when you no longer need it.</source>
        <translation>Exporterad till %1, läsbar bara för dig. Filen innehåller hemligheten i klartext: ta bort den när du inte längre behöver den.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Stored Secret</source>
        <translation>Ta bort sparad hemlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the secret of this webhook from this computer? The webhook stays registered with Vipps MobilePay, but this console can no longer verify its deliveries or sign test deliveries. The API never shows a secret again: you can only enter it again if you have it elsewhere.</source>
        <translation>Ta bort hemligheten för den här webhooken från den här datorn? Webhooken förblir registrerad hos Vipps MobilePay, men konsolen kan inte längre verifiera dess leveranser eller signera testleveranser. API:et visar aldrig en hemlighet igen: du kan bara ange den igen om du har den någon annanstans.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keychain did not remove the secret: %1</source>
        <translation>Nyckelringen tog inte bort hemligheten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored secret was removed from this computer.</source>
        <translation>Den sparade hemligheten togs bort från den här datorn.</translation>
    </message>
</context>
<context>
    <name>WebhookModel</name>
    <message>
        <location filename="../app/core/webhookmodel.cpp" line="+49"/>
        <location filename="../ui/webhooktablepage.cpp" line="+315"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/webhooktablepage.cpp" line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret of this webhook is stored in this computer&apos;s keychain.</source>
        <translation>Hemligheten för den här webhooken är sparad i nyckelringen på den här datorn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret for this webhook on this computer. Enter it if you have it, or replace the webhook to get a new one.</source>
        <translation>Ingen hemlighet för den här webhooken på den här datorn. Ange den om du har den, eller ersätt webhooken för att få en ny.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret. Verify a delivery with the secret of the registration that sent it, or delete the extra registrations.</source>
        <translation>
            <numerusform>Den här URL:en har %n registrering: varje händelse kommer en gång per registrering, var och en signerad med sin egen hemlighet. Verifiera en leverans med hemligheten för registreringen som skickade den, eller ta bort de extra registreringarna.</numerusform>
            <numerusform>Den här URL:en har %n registreringar: varje händelse kommer en gång per registrering, var och en signerad med sin egen hemlighet. Verifiera en leverans med hemligheten för registreringen som skickade den, eller ta bort de extra registreringarna.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the webhook&apos;s secret is stored on this machine</source>
        <translation>Om webhookens hemlighet är sparad på den här datorn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secret here</source>
        <translation>Hemlighet här</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>WebhookOperations</name>
    <message>
        <location filename="../app/operations/webhookoperations.cpp" line="+225"/>
        <source>Whether the webhook was registered could not be checked: %1</source>
        <translation>Det gick inte att kontrollera om webhooken registrerades: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It has not been registered: the list of webhooks shows no new registration with this URL and events.</source>
        <translation>Den har inte registrerats: listan över webhooks visar ingen ny registrering med den här URL:en och de här händelserna.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Whether it was registered cannot be told: the list before the attempt failed (%1), and %n registration(s) with this URL and events exist now. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>Det går inte att avgöra om den registrerades: listan före försöket misslyckades (%1), och nu finns %n registrering med den här URL:en och de här händelserna. Kontrollera listan innan du tar bort någon av dem.</numerusform>
            <numerusform>Det går inte att avgöra om den registrerades: listan före försöket misslyckades (%1), och nu finns %n registreringar med den här URL:en och de här händelserna. Kontrollera listan innan du tar bort någon av dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n new registrations with this URL and events appeared (another program may be registering too): which one this attempt made cannot be told. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>%n ny registrering med den här URL:en och de här händelserna dök upp (ett annat program kanske också registrerar): det går inte att avgöra vilken som kom från det här försöket. Kontrollera listan innan du tar bort någon av dem.</numerusform>
            <numerusform>%n nya registreringar med den här URL:en och de här händelserna dök upp (ett annat program kanske också registrerar): det går inte att avgöra vilken som kom från det här försöket. Kontrollera listan innan du tar bort någon av dem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The webhook was registered (id %1), but its secret was not received. Delete it and register again to get a secret.</source>
        <translation>Webhooken registrerades (id %1), men dess hemlighet togs inte emot. Ta bort den och registrera igen för att få en hemlighet.</translation>
    </message>
</context>
<context>
    <name>WebhookTablePage</name>
    <message>
        <location filename="../ui/webhooktablepage.cpp" line="-267"/>
        <source>&amp;Register a webhook…</source>
        <translation>&amp;Registrera en webhook…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the filter</source>
        <translation>Rensa fi&amp;ltret</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by URL, event or id (Ctrl+F)</source>
        <translation>Filtrera efter URL, händelse eller id (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Re&amp;view…</source>
        <translation>&amp;Granska…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the orphaned secrets and remove them</source>
        <translation>Visa de övergivna hemligheterna och ta bort dem</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No webhooks are registered here yet.
Register one to have Vipps MobilePay tell your systems about payments.</source>
        <translation>Inga webhooks är registrerade här än.
Registrera en så meddelar Vipps MobilePay dina system om betalningar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No webhook matches “%1”.</source>
        <translation>Ingen webhook matchar ”%1”.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Copy &amp;URL</source>
        <translation>Kopiera &amp;URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;URLs</source>
        <translation>Kopiera &amp;URL:er</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;id</source>
        <translation>Kopiera &amp;id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;ids</source>
        <translation>Kopiera &amp;id:n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as &amp;JSON</source>
        <translation>Kopiera som &amp;JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>&amp;Detaljer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register &amp;similar…</source>
        <translation>Registrera &amp;liknande…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;place…</source>
        <translation>&amp;Ersätt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new URL in place of this webhook, then delete this one</source>
        <translation>Registrera en ny URL i stället för den här webhooken och ta sedan bort den här</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>De&amp;lete %n…</source>
        <translation>
            <numerusform>Ta &amp;bort %n…</numerusform>
            <numerusform>Ta &amp;bort %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Stored on this computer for webhooks that no longer exist: %n secret(s).</source>
        <translation>
            <numerusform>Sparad på den här datorn för webhooks som inte längre finns: %n hemlighet.</numerusform>
            <numerusform>Sparade på den här datorn för webhooks som inte längre finns: %n hemligheter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhooksClient</name>
    <message>
        <location filename="../app/core/webhooksclient.cpp" line="+146"/>
        <source>Vipps-System header &quot;%1&quot;: %2</source>
        <translation>Vipps-System-headern &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client_id, client_secret and subscription key are all required.</source>
        <translation>client_id, client_secret och prenumerationsnyckeln krävs alla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API keys contain characters that cannot be sent in an HTTP header.</source>
        <translation>API-nycklarna innehåller tecken som inte kan skickas i en HTTP-header.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer is larger than %1 MiB and was refused.</source>
        <translation>Svaret är större än %1 MiB och avvisades.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+100"/>
        <source>The deadline of %n second(s) passed before the API answered.</source>
        <translation>
            <numerusform>Tidsgränsen på %n sekund löpte ut innan API:et svarade.</numerusform>
            <numerusform>Tidsgränsen på %n sekunder löpte ut innan API:et svarade.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The connection closed before the API answered.</source>
        <translation>Anslutningen stängdes innan API:et svarade.</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+149"/>
        <source>Getting an access token</source>
        <translation>Hämtning av åtkomsttoken</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The API answered with a redirect to %1, which is not followed.</source>
        <translation>API:et svarade med en omdirigering till %1, som inte följs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token was refused twice.</source>
        <translation>Åtkomsttoken avvisades två gånger.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>The deadline of %n second(s) left no time to try again.</source>
        <translation>
            <numerusform>Tidsgränsen på %n sekund lämnade ingen tid för ett nytt försök.</numerusform>
            <numerusform>Tidsgränsen på %n sekunder lämnade ingen tid för ett nytt försök.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing webhooks</source>
        <translation>Hämtning av webhooks</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Registering a webhook</source>
        <translation>Registrering av webhook</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleting webhook %1</source>
        <translation>Borttagning av webhook %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a webhook id (a UUID).</source>
        <translation>”%1” är inte ett webhook-id (ett UUID).</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.ui" line="+63"/>
        <source>&lt;h2&gt;Welcome to Webhook Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Välkommen till Webhook Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register, list and delete the webhooks through which Vipps MobilePay tells your systems about payments, agreements and check-ins.</source>
        <translation>Registrera, lista och ta bort de webhooks som Vipps MobilePay använder för att meddela dina system om betalningar, avtal och incheckningar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need the API keys of your sales unit (client_id, client_secret and the subscription key), from the business portal under “For developers”. They are kept in this computer&apos;s keychain.</source>
        <translation>Du behöver API-nycklarna för ditt försäljningsställe (client_id, client_secret och prenumerationsnyckeln) från företagsportalen under ”För utvecklare”. De sparas i nyckelringen på den här datorn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add your API keys…</source>
        <translation>&amp;Lägg till dina API-nycklar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Prova sandlådan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a sandbox API inside this program with a few sample webhooks. No keys needed; nothing reaches Vipps MobilePay.</source>
        <translation>Öppnar ett sandlåde-API i det här programmet med några exempel-webhooks. Inga nycklar behövs; inget når Vipps MobilePay.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sandbox runs inside this program with a few sample webhooks: try registering and deleting without keys. Nothing reaches Vipps MobilePay.</source>
        <translation>Sandlådan körs i det här programmet med några exempel-webhooks: prova att registrera och ta bort utan nycklar. Inget når Vipps MobilePay.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+36"/>
        <source>Open the profile &lt;name&gt;.</source>
        <translation>Öppna profilen &lt;namn&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the built-in sandbox API (sample data, no keys needed).</source>
        <translation>Öppna det inbyggda sandlåde-API:et (exempeldata, inga nycklar behövs).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manage Vipps MobilePay webhooks from the desktop.</source>
        <translation>Hantera Vipps MobilePay-webhooks från skrivbordet.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The extra certificate authorities could not be loaded</source>
        <translation>De extra certifikatutfärdarna kunde inte läsas in</translation>
    </message>
</context>
</TS>
