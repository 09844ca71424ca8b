<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/apierror.cpp" line="+57"/>
        <source>Network error</source>
        <translation>Netværksfejl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS error</source>
        <translation>TLS-fejl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP error</source>
        <translation>HTTP-fejl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed</source>
        <translation>Godkendelsen mislykkedes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable answer</source>
        <translation>Ulæseligt svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>Ugyldigt input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 mislykkedes: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed (%2)</source>
        <translation>%1 mislykkedes (%2)</translation>
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
        <translation>Sporings-id (trace id): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Prøv igen om: %n sekund</numerusform>
            <numerusform>Prøv igen om: %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint: %1</source>
        <translation>Tip: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the client_id, client_secret and subscription key. Test keys fail against production and production keys against test: these keys may belong to the other environment.</source>
        <translation>Kontrollér client_id, client_secret og abonnementsnøglen. Testnøgler virker ikke mod produktion, og produktionsnøgler virker ikke mod testmiljøet: disse nøgler kan høre til det andet miljø.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate was not accepted. Check the base URL and the system&apos;s certificate authorities; the console never ignores certificate errors.</source>
        <translation>Serverens certifikat blev ikke godkendt. Kontrollér basis-URL&apos;en og systemets certifikatudstedere; konsollen ignorerer aldrig certifikatfejl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time. Check the network connection and try again.</source>
        <translation>Serveren svarede ikke i tide. Kontrollér netværksforbindelsen, og prøv igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the base URL.</source>
        <translation>Kontrollér netværksforbindelsen og basis-URL&apos;en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys are not authorised for this sales unit or product. Check the Merchant Serial Number, or use partner keys without one.</source>
        <translation>Disse nøgler har ikke adgang til dette salgssted eller produkt. Kontrollér Merchant Serial Number (MSN), eller brug partnernøgler uden MSN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API is rate limiting these keys. Wait a moment and try again.</source>
        <translation>API&apos;et begrænser antallet af forespørgsler for disse nøgler. Vent lidt, og prøv igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API had a problem. Try again later; if it persists, give Vipps MobilePay support the trace id.</source>
        <translation>API&apos;et havde et problem. Prøv igen senere; hvis det fortsætter, så giv Vipps MobilePay-kundeservice sporings-id&apos;et (trace id).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server</source>
        <translation>serveren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection: nothing answers at that address and port.</source>
        <translation>%1 afviste forbindelsen: intet svarer på den adresse og port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection before it answered.</source>
        <translation>%1 lukkede forbindelsen, før den svarede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 was not found: check the address and the network connection.</source>
        <translation>Værten %1 blev ikke fundet: kontrollér adressen og netværksforbindelsen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 timed out.</source>
        <translation>Forbindelsen til %1 fik timeout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled.</source>
        <translation>Forespørgslen blev annulleret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection (TLS) to %1 could not be set up.</source>
        <translation>Der kunne ikke oprettes en sikker forbindelse (TLS) til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network is not available: check the network connection.</source>
        <translation>Netværket er ikke tilgængeligt: kontrollér netværksforbindelsen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The network proxy could not be used: check the proxy settings.</source>
        <translation>Netværksproxyen kunne ikke bruges: kontrollér proxyindstillingerne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Forbindelsen til %1 mislykkedes (netværksfejl %2).</translation>
    </message>
</context>
<context>
    <name>ApiParsers</name>
    <message>
        <location filename="../app/core/apiparsers.cpp" line="+21"/>
        <source>The answer&apos;s field &quot;%1&quot; %2.</source>
        <translation>Feltet &quot;%1&quot; i svaret %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is not valid JSON (%1 at offset %2).</source>
        <translation>Svaret er ikke gyldig JSON (%1 ved position %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer is not a JSON object.</source>
        <translation>Svaret er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+50"/>
        <location line="+4"/>
        <location line="+24"/>
        <location line="+3"/>
        <source>is missing or not a text</source>
        <translation>mangler eller er ikke tekst</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>is not a text</source>
        <translation>er ikke tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not &quot;Bearer&quot;</source>
        <translation>er ikke &quot;Bearer&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>is not a number</source>
        <translation>er ikke et tal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is out of range</source>
        <translation>er uden for det gyldige interval</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>is missing or not a list</source>
        <translation>mangler eller er ikke en liste</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is not an object</source>
        <translation>er ikke et objekt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>contains something other than text</source>
        <translation>indeholder andet end tekst</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <location filename="../app/storage/changehistory.cpp" line="+143"/>
        <source>Registered</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied a file</source>
        <translation>Anvendte en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret entered</source>
        <translation>Hemmelighed indtastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret revealed</source>
        <translation>Hemmelighed vist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret exported</source>
        <translation>Hemmelighed eksporteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret removed</source>
        <translation>Hemmelighed fjernet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed outside this console</source>
        <translation>Fjernet uden for denne konsol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeared from elsewhere</source>
        <translation>Dukkede op et andet sted fra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>started, outcome unknown</source>
        <translation>startet, udfald ukendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>lykkedes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>mislykkedes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noticed</source>
        <translation>opdaget</translation>
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
        <translation>Registrer igen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register the vanished webhook again: its URL is checked first, and it gets a new secret.</source>
        <translation>Registrer den forsvundne webhook igen: dens URL kontrolleres først, og den får en ny hemmelighed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n registration(s) removed outside this console between %1 and %2 — Vipps MobilePay removes endpoints that failed for two weeks:</source>
        <translation>
            <numerusform>%n registrering fjernet uden for denne konsol mellem %1 og %2 — Vipps MobilePay fjerner endepunkter, der har fejlet i to uger:</numerusform>
            <numerusform>%n registreringer fjernet uden for denne konsol mellem %1 og %2 — Vipps MobilePay fjerner endepunkter, der har fejlet i to uger:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n registration(s) appeared from elsewhere:</source>
        <translation>
            <numerusform>%n registrering dukkede op et andet sted fra:</numerusform>
            <numerusform>%n registreringer dukkede op et andet sted fra:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/checkurlcommand.cpp" line="+61"/>
        <source>check-url needs exactly one URL.</source>
        <translation>check-url kræver præcis én URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is set: loopback addresses pass with a warning. For tests only.</source>
        <translation>%1 er sat: loopback-adresser godkendes med en advarsel. Kun til test.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 as Vipps MobilePay would call it:</source>
        <translation>Kontrollerer %1, som Vipps MobilePay ville kalde den:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The test POST was signed with a made-up secret (give the real one with --secret-stdin to check signature verification too).</source>
        <translation>Test-POST&apos;en blev signeret med en opdigtet hemmelighed (angiv den rigtige med --secret-stdin for også at kontrollere signaturverificeringen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result: fail. Fix the failed checks before registering.</source>
        <translation>Resultat: ikke bestået. Ret de mislykkede kontroller, før du registrerer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: pass, with warnings.</source>
        <translation>Resultat: bestået, med advarsler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: pass.</source>
        <translation>Resultat: bestået.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+17"/>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the version.</source>
        <translation>Vis versionen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: %1 [options] %2</source>
        <translation>Brug: %1 [tilvalg] %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The command to run.</source>
        <translation>Kommandoen, der skal køres.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>Ingen kommando angivet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;profile&quot; needs add, list or remove.</source>
        <translation>&quot;profile&quot; kræver add, list eller remove.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Ukendt kommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; takes no arguments besides its options; &quot;%2&quot; is one too many.</source>
        <translation>&quot;%1&quot; tager ingen argumenter ud over sine tilvalg; &quot;%2&quot; er ét for meget.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>See &quot;%1&quot;.</source>
        <translation>Se &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manages Vipps MobilePay webhooks: lists, registers and deletes them with the same core as the Webhook Console window.</source>
        <translation>Administrerer Vipps MobilePay-webhooks: viser, registrerer og sletter dem med den samme kerne som Webhook Console-vinduet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each command takes --help, and the options above after it as well.</source>
        <translation>Hver kommando tager --help og også tilvalgene ovenfor efter sig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Miljøvariabler:</translation>
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
      API-nøglerne, når --profile ikke er angivet (hemmeligheder tages aldrig imod som argumenter)
  VIPPS_MSN
      Merchant-Serial-Number, når --profile ikke er angivet; ikke sat for partnernøgler
  WEBHOOK_CONSOLE_CA_FILE
      en PEM-fil med ekstra certifikatudstedere, der skal have tillid (en test- eller virksomheds-CA)
  WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT=1
      kun til test: check-url godkender loopback-adresser med en advarsel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exit codes:</source>
        <translation>Afslutningskoder:</translation>
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
        <translation>  0  succes
  1  API&apos;et afviste forespørgslen (en anden 4xx end godkendelse), eller input var ugyldigt
  2  brugsfejl (også: manglende API-nøgler, register eller delete i produktion uden --yes og uden terminal)
  3  godkendelsen mislykkedes
  4  fejl i netværk, TLS, timeout, server (5xx) eller ulæseligt svar, eller nøgleringen fejlede
verify: 0 gyldig, 1 ikke gyldig, 2 brugsfejl eller ubrugeligt input (ingen hemmelighed, ulæselig fil).
send-test: 1 også, når modtageren svarede andet end 2xx. check-url: 1, når en kontrol mislykkedes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check: 7 when a registration vanished without this console, 1 when a probe found a problem.</source>
        <translation>check: 7 når en registrering forsvandt uden denne konsol, 1 når en undersøgelse fandt et problem.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+43"/>
        <source>Unknown environment &quot;%1&quot;: use test or production.</source>
        <translation>Ukendt miljø &quot;%1&quot;: brug test eller production.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The base URL &quot;%1&quot; cannot be used: %2</source>
        <translation>Basis-URL&apos;en &quot;%1&quot; kan ikke bruges: %2</translation>
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
        <translation>Der er ingen gemte profiler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved profiles: %1.</source>
        <translation>Gemte profiler: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is named &quot;%1&quot;. %2</source>
        <translation>Ingen profil hedder »%1«. %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Profile &quot;%1&quot; uses the window&apos;s embedded sandbox. Start one with &quot;webhook-console-cli sandbox&quot; and pass its URL with --base-url.</source>
        <translation>Profilen »%1« bruger vinduets indbyggede sandkasse. Start en med &quot;webhook-console-cli sandbox&quot;, og angiv dens URL med --base-url.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No API keys: set %1, or use --profile NAME (see &quot;profile add&quot;).</source>
        <translation>Ingen API-nøgler: sæt %1, eller brug --profile NAME (se &quot;profile add&quot;).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No API keys are stored for profile &quot;%1&quot;. Remove it and add it again with &quot;profile add&quot;.</source>
        <translation>Der er ingen API-nøgler gemt for profilen »%1«. Fjern den, og tilføj den igen med &quot;profile add&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the API keys of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>Kunne ikke læse API-nøglerne for profilen »%1« fra nøgleringen: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--timeout takes a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout tager et helt antal sekunder fra 1 til %1, ikke &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: waiting %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1: venter %n sekund, før der prøves igen.</numerusform>
            <numerusform>%1: venter %n sekunder, før der prøves igen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Webhook secret: </source>
        <translation>Webhook-hemmelighed: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--secret-stdin: standard input ended before the secret was read.</source>
        <translation>--secret-stdin: standardinput sluttede, før hemmeligheden blev læst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--secret-stdin: the secret on standard input is empty.</source>
        <translation>--secret-stdin: hemmeligheden på standardinput er tom.</translation>
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
        <translation>Id, URL og hændelser for hver webhook; --json udskriver {&quot;webhooks&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The https URL that receives the events.</source>
        <translation>https-URL&apos;en, der modtager hændelserne.</translation>
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
        <translation>En hændelsestype (se &quot;events&quot;); gentag tilvalget, eller adskil typerne med kommaer.</translation>
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
        <translation>Udskriv også webhookens hemmelighed (den returneres kun én gang).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deletes webhooks and their stored secrets. In production it refuses without --yes unless confirmed at a terminal.</source>
        <translation>Sletter webhooks og deres gemte hemmeligheder. I produktion afviser kommandoen uden --yes, medmindre det bekræftes i en terminal.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Do not ask for confirmation in production.</source>
        <translation>Bed ikke om bekræftelse i produktion.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Registers a webhook and prints its id (and with --show-secret its secret on the next line); the secret is stored in the keychain under the profile, environment, MSN and id. --json prints {&quot;id&quot;: ..., &quot;secretStored&quot;: true|false}. In production it refuses without --yes unless confirmed at a terminal.</source>
        <translation>Registrerer en webhook og udskriver dens id (og med --show-secret dens hemmelighed på næste linje); hemmeligheden gemmes i nøgleringen under profil, miljø, MSN og id. --json udskriver {&quot;id&quot;: ..., &quot;secretStored&quot;: true|false}. I produktion afviser kommandoen uden --yes, medmindre det bekræftes i en terminal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The id of a webhook (a UUID, as &quot;list&quot; shows it).</source>
        <translation>Id&apos;et for en webhook (et UUID, som &quot;list&quot; viser det).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks a callback URL before it is registered, as Vipps MobilePay would call it: https, a common port, a public address, TLS 1.2+ with a trusted certificate, no redirect, and a signed test POST answered 2xx in time. Prints each check with pass, warn or fail and the reason; exits 1 when one failed (warnings allowed). --json prints {&quot;url&quot;, &quot;overall&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;title&quot;, &quot;outcome&quot;, &quot;reason&quot;}, ...]}.</source>
        <translation>Kontrollerer en callback-URL, før den registreres, som Vipps MobilePay ville kalde den: https, en almindelig port, en offentlig adresse, TLS 1.2+ med et betroet certifikat, ingen omdirigering og en signeret test-POST besvaret med 2xx i tide. Udskriver hver kontrol med pass, warn eller fail og årsagen; afslutter med 1, når en kontrol mislykkedes (advarsler er tilladt). --json udskriver {&quot;url&quot;, &quot;overall&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;title&quot;, &quot;outcome&quot;, &quot;reason&quot;}, ...]}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign the test POST with this secret, read as one line from standard input (default: a made-up one).</source>
        <translation>Signér test-POST&apos;en med denne hemmelighed, læst som én linje fra standardinput (standard: en opdigtet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The https URL to check.</source>
        <translation>https-URL&apos;en, der skal kontrolleres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a SIMULATED delivery of an event to a webhook&apos;s URL (from &quot;list&quot;, or --url), signed as Vipps MobilePay signs deliveries with the webhook&apos;s secret stored on this machine and marked X-Webhook-Console-Test: true. Prints the status, the time taken and the start of the answer; exits 0 on 2xx, 1 on any other answer, 4 when no answer came (network, TLS, timeout).</source>
        <translation>Sender en SIMULERET levering af en hændelse til en webhooks URL (fra &quot;list&quot; eller --url), signeret, som Vipps MobilePay signerer leveringer, med webhookens hemmelighed gemt på denne maskine og mærket X-Webhook-Console-Test: true. Udskriver status, den brugte tid og begyndelsen af svaret; afslutter med 0 ved 2xx, 1 ved ethvert andet svar og 4, når der ikke kom noget svar (netværk, TLS, timeout).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The event type to simulate (one of the webhook&apos;s).</source>
        <translation>Hændelsestypen, der skal simuleres (en af webhookens).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to this URL instead of the registered one (the webhook&apos;s events are then not looked up).</source>
        <translation>Send til denne URL i stedet for den registrerede (webhookens hændelser slås så ikke op).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the event even when the webhook does not receive it.</source>
        <translation>Send hændelsen, selv om webhooken ikke modtager den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of a webhook whose secret is stored on this machine.</source>
        <translation>Id&apos;et for en webhook, hvis hemmelighed er gemt på denne maskine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks that a delivery is genuine: signed by Vipps MobilePay with the webhook&apos;s secret for its URL. Prints &quot;valid&quot; (exit 0), or &quot;not valid&quot; and which step failed on stderr (exit 1). Exit 2: usage, an unreadable file, or no secret. With --webhook-id and --raw-file but no --url, the registered URL is looked up in the list of webhooks when API keys are at hand. --json prints {&quot;valid&quot;, &quot;failure&quot;: &quot;bodyHash|url|signature|authorization|missingHeader|none&quot;, &quot;reason&quot;}. With --any-secret: every stored secret is tried; --json prints {&quot;valid&quot;, &quot;profile&quot;, &quot;environment&quot;, &quot;msn&quot;, &quot;id&quot;, &quot;step&quot;}.</source>
        <translation>Kontrollerer, at en levering er ægte: signeret af Vipps MobilePay med webhookens hemmelighed for dens URL. Udskriver »gyldig« (afslutningskode 0) eller »ikke gyldig« og hvilket trin der mislykkedes på stderr (afslutningskode 1). Afslutningskode 2: brugsfejl, en ulæselig fil eller ingen hemmelighed. Med --webhook-id og --raw-file, men uden --url, slås den registrerede URL op i listen over webhooks, når API-nøgler er tilgængelige. --json udskriver {&quot;valid&quot;, &quot;failure&quot;: &quot;bodyHash|url|signature|authorization|missingHeader|none&quot;, &quot;reason&quot;}. Med --any-secret prøves hver gemt hemmelighed; --json udskriver {&quot;valid&quot;, &quot;profile&quot;, &quot;environment&quot;, &quot;msn&quot;, &quot;id&quot;, &quot;step&quot;}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gets an access token and prints when it expires, never the token.</source>
        <translation>Henter et adgangstoken og udskriver, hvornår det udløber, aldrig selve tokenet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event catalogue; --json prints [{&quot;type&quot;, &quot;product&quot;, &quot;name&quot;}, ...].</source>
        <translation>Hændelseskataloget; --json udskriver [{&quot;type&quot;, &quot;product&quot;, &quot;name&quot;}, ...].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists every sales unit the profiles reach (all saved profiles when none is named) and compares each list with the one before: prints the registrations that vanished (Vipps MobilePay removes endpoints that failed for two weeks) or appeared without this console, also those the window noticed since the last check. Exit code 7 when something vanished. --json prints {&quot;vanished&quot;:[...],&quot;appeared&quot;:[...],&quot;profiles&quot;:[...]}.</source>
        <translation>Viser hvert salgssted, profilerne når (alle gemte profiler, når ingen er angivet), og sammenligner hver liste med den forrige: udskriver de registreringer, der forsvandt (Vipps MobilePay fjerner endepunkter, der har fejlet i to uger) eller dukkede op uden denne konsol, også dem vinduet opdagede siden sidste kontrol. Afslutningskode 7, når noget forsvandt. --json udskriver {&quot;vanished&quot;:[...],&quot;appeared&quot;:[...],&quot;profiles&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also probe every registered URL: name lookup, TLS (a certificate that expires within 14 days is a problem), and a signed test POST answered within 10 s (test environment only).</source>
        <translation>Undersøg også hver registreret URL: navneopslag, TLS (et certifikat, der udløber inden for 14 dage, er et problem) og en signeret test-POST besvaret inden for 10 s (kun i testmiljøet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --probe: send the signed test POST to production endpoints too.</source>
        <translation>Med --probe: send også den signerede test-POST til endepunkter i produktion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved profile to check.</source>
        <translation>En gemt profil, der skal kontrolleres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change either program made on this machine (register, delete, replace, secrets entered, revealed, exported or removed) and every registration that vanished or appeared, oldest first; never a secret. --profile, --env and --msn (&quot;partner&quot; for partner keys) narrow it. --json prints {&quot;entries&quot;:[...]}.</source>
        <translation>Hver ændring, et af programmerne har foretaget på denne maskine (registrere, slette, erstatte, hemmeligheder indtastet, vist, eksporteret eller fjernet), og hver registrering, der forsvandt eller dukkede op, ældste først; aldrig en hemmelighed. --profile, --env og --msn (&quot;partner&quot; for partnernøgler) afgrænser. --json udskriver {&quot;entries&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only changes from this date or time on.</source>
        <translation>Kun ændringer fra og med denne dato eller dette tidspunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this action: register, delete, replace, apply, secret-entered, secret-revealed, secret-exported, secret-removed, vanished, appeared.</source>
        <translation>Kun denne handling: register, delete, replace, apply, secret-entered, secret-revealed, secret-exported, secret-removed, vanished, appeared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print comma-separated values with a header line.</source>
        <translation>Udskriv kommaseparerede værdier med en overskriftslinje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs the sandbox API in the foreground until interrupted and prints its base URL and keys.</source>
        <translation>Kører sandkasse-API&apos;et i forgrunden, indtil det afbrydes, og udskriver dets basis-URL og nøgler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port to listen on (default: any free port).</source>
        <translation>Porten, der skal lyttes på (standard: en vilkårlig ledig port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve HTTPS with this PEM certificate and the PEM key given after it.</source>
        <translation>Brug HTTPS med dette PEM-certifikat og PEM-nøglen, der angives efter det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the registrations from this JSON file, if it exists, and save them there on exit.</source>
        <translation>Indlæs registreringerne fra denne JSON-fil, hvis den findes, og gem dem der ved afslutning.</translation>
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
        <translation>Den private PEM-nøgle til --https-certifikatet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saves a profile. client_id, client_secret and the subscription key come from VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET and VIPPS_SUBSCRIPTION_KEY when set, else from the terminal without echo (from standard input, one a line, when it is not a terminal), and go to the OS keychain.</source>
        <translation>Gemmer en profil. client_id, client_secret og abonnementsnøglen hentes fra VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET og VIPPS_SUBSCRIPTION_KEY, når de er sat, ellers fra terminalen uden ekko (fra standardinput, én pr. linje, når det ikke er en terminal), og gemmes i styresystemets nøglering.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The name of the profile.</source>
        <translation>Profilens navn.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The saved profiles.</source>
        <translation>De gemte profiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes a profile, its API keys and its stored webhook secrets.</source>
        <translation>Fjerner en profil, dens API-nøgler og dens gemte webhook-hemmeligheder.</translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="+87"/>
        <source>Error: %1</source>
        <translation>Fejl: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deletecommand.cpp" line="+43"/>
        <source>Refusing to delete in production without --yes: there is no terminal to confirm at. Nothing was deleted.</source>
        <translation>Afviser at slette i produktion uden --yes: der er ingen terminal at bekræfte i. Intet blev slettet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed. Nothing was deleted.</source>
        <translation>Ikke bekræftet. Intet blev slettet.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>delete needs at least one webhook id (see &quot;list&quot;).</source>
        <translation>delete kræver mindst ét webhook-id (se &quot;list&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/sendtestcommand.cpp" line="+100"/>
        <source>&quot;%1&quot; is not a webhook id (a UUID).</source>
        <translation>&quot;%1&quot; er ikke et webhook-id (et UUID).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n webhook(s) in PRODUCTION for %1?</source>
        <translation>
            <numerusform>Vil du slette %n webhook i PRODUKTION for %1?</numerusform>
            <numerusform>Vil du slette %n webhooks i PRODUKTION for %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not attempted: %1</source>
        <translation>Ikke forsøgt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attempted</source>
        <translation>ikke forsøgt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted %1, but its stored secret could not be removed from the keychain: %2</source>
        <translation>Slettede %1, men dens gemte hemmelighed kunne ikke fjernes fra nøgleringen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already gone: %1</source>
        <translation>Allerede slettet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted %1</source>
        <translation>Slettede %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="+35"/>
        <source>(at most %n per sales unit)</source>
        <translation>
            <numerusform>(højst %n pr. salgssted)</numerusform>
            <numerusform>(højst %n pr. salgssted)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/globaloptions.cpp" line="-12"/>
        <source>A saved profile (its API keys come from the OS keychain).</source>
        <translation>En gemt profil (dens API-nøgler hentes fra styresystemets nøglering).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment (default: the profile&apos;s, else test); with --base-url, which environment that server is.</source>
        <translation>Miljøet (standard: profilens, ellers test); med --base-url: hvilket miljø den server er.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An explicit API base URL (https, or http for loopback only). api.vipps.no is production; any other host but apitest.vipps.no and loopback is guarded as production unless --env test declares it.</source>
        <translation>En eksplicit basis-URL for API&apos;et (https, eller http kun for loopback). api.vipps.no er produktion; alle andre værter end apitest.vipps.no og loopback behandles som produktion, medmindre --env test angiver andet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merchant-Serial-Number; omit it for partner keys.</source>
        <translation>Merchant-Serial-Number; udelad det for partnernøgler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PSP&apos;s id, sent as Psp-Id on every webhooks call (--msn is then the merchant&apos;s MSN).</source>
        <translation>En PSP&apos;s id, sendt som Psp-Id i hvert webhooks-kald (--msn er så virksomhedens MSN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-readable output on stdout.</source>
        <translation>Maskinlæsbart output på stdout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline of each operation in seconds, retries included (default 30).</source>
        <translation>Tidsfrist for hver handling i sekunder, inklusive nye forsøg (standard 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="-89"/>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No profiles to check: add one with &quot;profile add&quot;.</source>
        <translation>Ingen profiler at kontrollere: tilføj en med &quot;profile add&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Der findes ingen profil &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 (%2, %3): %n registration(s).</source>
        <translation>
            <numerusform>%1 (%2, %3): %n registrering.</numerusform>
            <numerusform>%1 (%2, %3): %n registreringer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/listcommand.cpp" line="+54"/>
        <source>partner keys</source>
        <translation>partnernøgler</translation>
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
        <translation>UNDERSØGELSE OK %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROBLEM %1: %2</source>
        <translation>PROBLEM %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(No test POST was sent to this production endpoint; --probe-production sends one.)</source>
        <translation>(Ingen test-POST blev sendt til dette endepunkt i produktion; --probe-production sender en.)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>VANISHED %1 %2 %3 (%4, %5): removed outside this console between %6 and %7. Vipps MobilePay removes endpoints that failed for two weeks.</source>
        <translation>FORSVUNDET %1 %2 %3 (%4, %5): fjernet uden for denne konsol mellem %6 og %7. Vipps MobilePay fjerner endepunkter, der har fejlet i to uger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>APPEARED %1 %2 %3 (%4, %5): registered outside this console.</source>
        <translation>DUKKEDE OP %1 %2 %3 (%4, %5): registreret uden for denne konsol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing vanished or appeared since the last check.</source>
        <translation>Intet er forsvundet eller dukket op siden sidste kontrol.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="-18"/>
        <source>%1 (%2) is gone since the last list, removed outside this console. Vipps MobilePay removes endpoints that failed for two weeks. See &quot;history&quot;.</source>
        <translation>%1 (%2) er væk siden sidste liste, fjernet uden for denne konsol. Vipps MobilePay fjerner endepunkter, der har fejlet i to uger. Se &quot;history&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n webhook(s) for %1 in %2.</source>
        <translation>
            <numerusform>%n webhook for %1 i %2.</numerusform>
            <numerusform>%n webhooks for %1 i %2.</numerusform>
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
        <translation>Standardinput sluttede, før %1 blev læst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is empty.</source>
        <translation>%1 er tom.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, guarded as %2</source>
        <translation>%1, behandlet som %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add kræver præcis ét NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile add needs --env test|production or --base-url URL.</source>
        <translation>profile add kræver --env test|production eller --base-url URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile named &quot;%1&quot; exists already; remove it first.</source>
        <translation>Der findes allerede en profil ved navn »%1«; fjern den først.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare which environment %1 is: add --env test or --env production.</source>
        <translation>Angiv, hvilket miljø %1 er: tilføj --env test eller --env production.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile was not saved</source>
        <translation>Profilen blev ikke gemt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved profile &quot;%1&quot; (%2, %3); its API keys are in the keychain.</source>
        <translation>Gemte profilen »%1« (%2, %3); dens API-nøgler ligger i nøgleringen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile list takes no arguments.</source>
        <translation>profile list tager ingen argumenter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PSP %1</source>
        <translation>PSP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no saved profiles (see &quot;profile add&quot;).</source>
        <translation>Der er ingen gemte profiler (se &quot;profile add&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile remove needs exactly one NAME.</source>
        <translation>profile remove kræver præcis ét NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation>Ingen profil hedder »%1«.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile was not removed</source>
        <translation>Profilen blev ikke fjernet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed profile &quot;%1&quot;, its API keys and its stored secrets.</source>
        <translation>Fjernede profilen »%1«, dens API-nøgler og dens gemte hemmeligheder.</translation>
    </message>
    <message>
        <location filename="../app/cli/registercommand.cpp" line="+37"/>
        <source>Registering partner-wide (no MSN): this webhook fires for every sales unit of the partner, present and future.</source>
        <translation>Registrerer for hele partneren (intet MSN): denne webhook udløses for hvert af partnerens salgssteder, nuværende og fremtidige.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not reachable from the internet; Vipps MobilePay cannot deliver to it.</source>
        <translation>%1 kan ikke nås fra internettet; Vipps MobilePay kan ikke levere dertil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the event catalogue; sending it as it is.</source>
        <translation>%1 findes ikke i hændelseskataloget; sender den, som den er.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>register takes no arguments besides its options.</source>
        <translation>register tager ingen argumenter ud over sine tilvalg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>register needs --url URL.</source>
        <translation>register kræver --url URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register needs at least one --event TYPE (see &quot;events&quot;).</source>
        <translation>register kræver mindst én --event TYPE (se &quot;events&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/sendtestcommand.cpp" line="+7"/>
        <source>Invalid --url %1: %2</source>
        <translation>Ugyldig --url %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid --event: %1</source>
        <translation>Ugyldig --event: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register %1 in PRODUCTION for %2? It receives real payment events.</source>
        <translation>Vil du registrere %1 i PRODUKTION for %2? Den modtager rigtige betalingshændelser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing to register in production without --yes: there is no terminal to confirm at. Nothing was registered.</source>
        <translation>Afviser at registrere i produktion uden --yes: der er ingen terminal at bekræfte i. Intet blev registreret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed. Nothing was registered.</source>
        <translation>Ikke bekræftet. Intet blev registreret.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To get a secret, delete it and register again: webhook-console-cli delete %1</source>
        <translation>For at få en hemmelighed skal du slette den og registrere igen: webhook-console-cli delete %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The webhook&apos;s secret could not be stored in the keychain (%1). It is printed below and cannot be shown again: keep it safe.</source>
        <translation>Webhookens hemmelighed kunne ikke gemmes i nøgleringen (%1). Den udskrives nedenfor og kan ikke vises igen: opbevar den sikkert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Registered; the secret is stored in the keychain.</source>
        <translation>Registreret; hemmeligheden er gemt i nøgleringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="-60"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 indeholder intet PEM-certifikat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 indeholder ingen ukrypteret privat PEM-nøgle (RSA eller EC).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox API listening on %1</source>
        <translation>Sandkasse-API&apos;et lytter på %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its keys are fixed sandbox keys, not secrets. To use it from another terminal:</source>
        <translation>Dens nøgler er faste sandkassenøgler, ikke hemmeligheder. Sådan bruger du den fra en anden terminal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source># any sales unit; leave it unset for partner keys</source>
        <translation># et vilkårligt salgssted; lad den være usat for partnernøgler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are a PSP&apos;s keys: every webhooks call needs --psp-id %1 and the merchant&apos;s MSN.</source>
        <translation>Dette er en PSP&apos;s nøgler: hvert webhooks-kald kræver --psp-id %1 og virksomhedens MSN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Ctrl+C to stop.</source>
        <translation>Tryk på Ctrl+C for at stoppe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--https needs a certificate and a key: --https CERT KEY.</source>
        <translation>--https kræver et certifikat og en nøgle: --https CERT KEY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox takes no arguments besides its options.</source>
        <translation>sandbox tager ingen argumenter ud over sine tilvalg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--port takes a port number from 0 to 65535.</source>
        <translation>--port tager et portnummer fra 0 til 65535.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot load %1: %2</source>
        <translation>Kan ikke indlæse %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sandbox cannot listen: %1</source>
        <translation>Sandkassen kan ikke lytte: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot save %1: %2</source>
        <translation>Kan ikke gemme %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox stopped.</source>
        <translation>Sandkassen er stoppet.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendtestcommand.cpp" line="-53"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
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
        <translation>send-test kræver præcis ét webhook-id (se &quot;list&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send-test needs --event TYPE (one of the webhook&apos;s events).</source>
        <translation>send-test kræver --event TYPE (en af webhookens hændelser).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no webhook %1 (see &quot;list&quot;).</source>
        <translation>Der er ingen webhook %1 (se &quot;list&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook %1 does not receive %2; its events: %3. Use --force to send it anyway.</source>
        <translation>Webhook %1 modtager ikke %2; dens hændelser: %3. Brug --force for at sende den alligevel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not in the event catalogue (see &quot;events&quot;). Use --force to send it anyway.</source>
        <translation>%1 findes ikke i hændelseskataloget (se &quot;events&quot;). Brug --force for at sende den alligevel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --url the webhook&apos;s events are not looked up; %1 is sent as given.</source>
        <translation>Med --url slås webhookens hændelser ikke op; %1 sendes som angivet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secret of webhook %1 is stored on this machine, so a delivery cannot be signed. Enter it, or replace the webhook (register the URL again, then delete the old one) to get a new one.</source>
        <translation>Der er ingen hemmelighed for webhook %1 gemt på denne maskine, så en levering kan ikke signeres. Indtast den, eller erstat webhooken (registrér URL&apos;en igen, og slet derefter den gamle) for at få en ny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the secret of webhook %1</source>
        <translation>Kunne ikke læse hemmeligheden for webhook %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This simulated delivery goes to a production receiver. It is marked X-Webhook-Console-Test: true and &quot;simulated&quot;: true: make sure the receiver ignores it.</source>
        <translation>Denne simulerede levering går til en modtager i produktion. Den er mærket X-Webhook-Console-Test: true og &quot;simulated&quot;: true: sørg for, at modtageren ignorerer den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SIMULATED test delivery (not from Vipps MobilePay; X-Webhook-Console-Test: true) of %1 to %2</source>
        <translation>SIMULERET testlevering (ikke fra Vipps MobilePay; X-Webhook-Console-Test: true) af %1 til %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The receiver redirected the delivery; Vipps MobilePay does not follow redirects.</source>
        <translation>Modtageren omdirigerede leveringen; Vipps MobilePay følger ikke omdirigeringer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver answered %1; Vipps MobilePay would count the delivery as failed and retry it.</source>
        <translation>Modtageren svarede %1; Vipps MobilePay ville regne leveringen som mislykket og prøve igen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/tokencommand.cpp" line="+37"/>
        <source>Token received; it expires at %1 (in %n minute(s)).</source>
        <translation>
            <numerusform>Token modtaget; det udløber %1 (om %n minut).</numerusform>
            <numerusform>Token modtaget; det udløber %1 (om %n minutter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="-27"/>
        <location line="+9"/>
        <source>Could not list the webhooks: %1</source>
        <translation>Kunne ikke vise webhooksene: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>header</source>
        <translation>headeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization header</source>
        <translation>Authorization-headeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body hash</source>
        <translation>hashen af indholdet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature</source>
        <translation>signaturen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhook-Id: %1 (this delivery&apos;s id, not the registration&apos;s)</source>
        <translation>Webhook-Id: %1 (denne leverings id, ikke registreringens)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>valid: %1</source>
        <translation>gyldig: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="+25"/>
        <source>no profile</source>
        <translation>ingen profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>profile &quot;%1&quot;</source>
        <translation>profilen »%1«</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 environment, %3</source>
        <translation>%1, miljø %2, %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No secret of webhook %1 is stored on this machine (%2). Give it with --secret-stdin, or check --profile, --env and --msn; if the secret is lost, replace the webhook.</source>
        <translation>Der er ingen hemmelighed for webhook %1 gemt på denne maskine (%2). Angiv den med --secret-stdin, eller kontrollér --profile, --env og --msn; hvis hemmeligheden er mistet, skal du erstatte webhooken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the secret of webhook %1 from the keychain: %2</source>
        <translation>Kunne ikke læse hemmeligheden for webhook %1 fra nøgleringen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Could not look up the registered URL of %1: %2</source>
        <translation>Kunne ikke slå den registrerede URL for %1 op: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook %1 is not registered (any more), so its URL is unknown.</source>
        <translation>Webhook %1 er ikke registreret (længere), så dens URL er ukendt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A secret is never taken as a command-line argument (others could read it in the process list and the shell history): use --secret-stdin or --webhook-id ID.</source>
        <translation>En hemmelighed tages aldrig imod som kommandolinjeargument (andre kunne læse den i proceslisten og shell-historikken): brug --secret-stdin eller --webhook-id ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verify needs the secret: --secret-stdin, --webhook-id ID or --any-secret (one of them).</source>
        <translation>verify kræver hemmeligheden: --secret-stdin, --webhook-id ID eller --any-secret (én af dem).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--webhook-id: &quot;%1&quot; is not a webhook id (a UUID, as &quot;list&quot; shows it).</source>
        <translation>--webhook-id: &quot;%1&quot; er ikke et webhook-id (et UUID, som &quot;list&quot; viser det).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="-35"/>
        <location filename="../app/cli/verifycommand.cpp" line="+21"/>
        <source>Note: without --url, the request&apos;s own Host and path stand for the registered URL; give --url URL to compare them with it.</source>
        <translation>Bemærk: uden --url står forespørgslens egen Host og sti for den registrerede URL; angiv --url URL for at sammenligne dem med den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/verifycommand.cpp" line="+18"/>
        <source>Note: the line break after the body is not part of the signed body and was left out.</source>
        <translation>Bemærk: linjeskiftet efter indholdet er ikke en del af det signerede indhold og blev udeladt.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="+13"/>
        <source>valid</source>
        <translation>gyldig</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="+29"/>
        <location filename="../app/cli/verifycommand.cpp" line="+3"/>
        <source>not valid: the %1 check failed: %2</source>
        <translation>ikke gyldig: kontrollen af %1 mislykkedes: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyinput.cpp" line="-45"/>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: kan ikke læse %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2 is larger than %3 MiB; a delivery is much smaller.</source>
        <translation>--%1: %2 er større end %3 MiB; en levering er meget mindre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--url: &quot;%1&quot; is not an absolute URL with a host name.</source>
        <translation>--url: &quot;%1&quot; er ikke en absolut URL med et værtsnavn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registered URL the delivery was sent to (with --raw-file: the registered URL to compare the request with).</source>
        <translation>Den registrerede URL, leveringen blev sendt til (med --raw-file: den registrerede URL, forespørgslen skal sammenlignes med).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The x-ms-date header as received.</source>
        <translation>Headeren x-ms-date, som den blev modtaget.</translation>
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
        <translation>Headeren x-ms-content-sha256, som den blev modtaget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Authorization header as received.</source>
        <translation>Headeren Authorization, som den blev modtaget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file holding the body exactly as received (raw bytes).</source>
        <translation>En fil med indholdet præcis, som det blev modtaget (rå bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file holding the whole request as received (request line, headers, blank line, body), instead of the four options above and --body-file.</source>
        <translation>En fil med hele forespørgslen, som den blev modtaget (forespørgselslinje, headere, tom linje, indhold), i stedet for de fire tilvalg ovenfor og --body-file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the webhook&apos;s secret as one line from standard input (without echo at a terminal).</source>
        <translation>Læs webhookens hemmelighed som én linje fra standardinput (uden ekko i en terminal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the secret stored on this machine for this webhook (under --profile, or the VIPPS_MSN and --env/--base-url of no profile).</source>
        <translation>Brug hemmeligheden, der er gemt på denne maskine for denne webhook (under --profile, eller VIPPS_MSN og --env/--base-url uden profil).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try every webhook secret stored on this machine (every profile, both environments) and name the registration whose secret verifies the delivery.</source>
        <translation>Prøv hver webhook-hemmelighed, der er gemt på denne maskine (alle profiler, begge miljøer), og navngiv den registrering, hvis hemmelighed verificerer leveringen.</translation>
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
        <translation>--raw-file indeholder hele forespørgslen: angiv den uden --%1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--raw-file %1: %2</source>
        <translation>--raw-file %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>verify needs the delivery: --url, --date, --content-sha256, --authorization and --body-file, or --raw-file FILE.</source>
        <translation>verify kræver leveringen: --url, --date, --content-sha256, --authorization og --body-file, eller --raw-file FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verify needs %1 as well (or the whole request with --raw-file).</source>
        <translation>verify kræver også %1 (eller hele forespørgslen med --raw-file).</translation>
    </message>
    <message>
        <location filename="../app/cli/productionconfirmation.cpp" line="+16"/>
        <source>%1 Type %2 to confirm: </source>
        <translation>%1 Skriv %2 for at bekræfte: </translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="-1"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>by %1 (%2, profile %3)</source>
        <translation>af %1 (%2, profil %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trace id %1</source>
        <translation>sporings-id %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last seen %1</source>
        <translation>sidst set %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--since takes a date (2026-12-01) or a time (2026-12-01T09:30), not &quot;%1&quot;.</source>
        <translation>--since tager en dato (2026-12-01) eller et tidspunkt (2026-12-01T09:30), ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown --action &quot;%1&quot;.</source>
        <translation>Ukendt --action &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n ændring.</numerusform>
            <numerusform>%n ændringer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/operations/connectiontest.cpp" line="+43"/>
        <source>Test keys work only against the test environment, and production keys only against production: these keys may belong to the other environment.</source>
        <translation>Testnøgler virker kun mod testmiljøet, og produktionsnøgler kun mod produktion: disse nøgler kan høre til det andet miljø.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../app/operations/consolesession.cpp" line="+166"/>
        <source>There is no profile named “%1”.</source>
        <translation>Der er ingen profil ved navn »%1«.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a profile from the list, or add one in Profiles…</source>
        <translation>Vælg en profil på listen, eller tilføj en under Profiler…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No API keys are stored for “%1” on this machine.</source>
        <translation>Der er ingen API-nøgler gemt for »%1« på denne maskine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client_id, client_secret and subscription key in Profiles…</source>
        <translation>Indtast client_id, client_secret og abonnementsnøglen under Profiler…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API keys of “%1” could not be read from the keychain.</source>
        <translation>API-nøglerne for »%1« kunne ikke læses fra nøgleringen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox could not start.</source>
        <translation>Sandkassen kunne ikke starte.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+85"/>
        <location line="+43"/>
        <location line="+31"/>
        <source>No profile is open.</source>
        <translation>Ingen profil er åben.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../ui/deletedialog.ui" line="+14"/>
        <source>Delete webhooks</source>
        <translation>Slet webhooks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete these webhooks?</source>
        <translation>Vil du slette disse webhooks?</translation>
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
        <translation>Slet webhook</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n webhooks</source>
        <translation>
            <numerusform>Slet %n webhook</numerusform>
            <numerusform>Slet %n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Delete this webhook?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vil du slette denne webhook?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Delete these %n webhooks?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Vil du slette denne %n webhook?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Vil du slette disse %n webhooks?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner: all sales units</source>
        <translation>Partner: alle salgssteder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MSN %1</source>
        <translation>MSN %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vipps MobilePay stops sending this webhook&apos;s events to its URL at once. This cannot be undone: to receive them again, register a new webhook (with a new secret). A secret stored on this machine for it is removed.</source>
        <translation>Vipps MobilePay holder straks op med at sende denne webhooks hændelser til dens URL. Det kan ikke fortrydes: for at modtage dem igen skal du registrere en ny webhook (med en ny hemmelighed). En hemmelighed, der er gemt for den på denne maskine, fjernes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vipps MobilePay stops sending these webhooks&apos; events to their URLs at once. This cannot be undone: to receive them again, register new webhooks (with new secrets). Secrets stored on this machine for them are removed.</source>
        <translation>Vipps MobilePay holder straks op med at sende disse webhooks&apos; hændelser til deres URL&apos;er. Det kan ikke fortrydes: for at modtage dem igen skal du registrere nye webhooks (med nye hemmeligheder). Hemmeligheder, der er gemt for dem på denne maskine, fjernes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile “%1”, %2, %3.</source>
        <translation>Profil »%1«, %2, %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events: %1</source>
        <translation>Hændelser: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These are partner registrations for all sales units in &lt;b&gt;production&lt;/b&gt;. Type &lt;b&gt;partner&lt;/b&gt; to confirm:</source>
        <translation>Dette er partnerregistreringer for alle salgssteder i &lt;b&gt;produktion&lt;/b&gt;. Skriv &lt;b&gt;partner&lt;/b&gt; for at bekræfte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is &lt;b&gt;production&lt;/b&gt;: live payments use these webhooks. Type the MSN &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Dette er &lt;b&gt;produktion&lt;/b&gt;: rigtige betalinger bruger disse webhooks. Skriv MSN &lt;b&gt;%1&lt;/b&gt; for at bekræfte:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Slet %n</numerusform>
            <numerusform>&amp;Slet %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Deleting…</source>
        <translation>Sletter…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already deleted</source>
        <translation>Allerede slettet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Mislykkedes: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;A deletion failed.&lt;/b&gt; The result of each is shown below.</source>
        <translation>&lt;b&gt;En sletning mislykkedes.&lt;/b&gt; Resultatet af hver vises nedenfor.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n deletions failed.&lt;/b&gt; The result of each is shown below.</source>
        <translation>
            <numerusform>&lt;b&gt;%n sletning mislykkedes.&lt;/b&gt; Resultatet af hver vises nedenfor.</numerusform>
            <numerusform>&lt;b&gt;%n sletninger mislykkedes.&lt;/b&gt; Resultatet af hver vises nedenfor.</numerusform>
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
        <translation>&amp;Verificér levering…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Test Delivery…</source>
        <translation>Send &amp;testlevering…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;mulate Event…</source>
        <translation>Si&amp;mulér hændelse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify</source>
        <translation>Verificér</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify delivery: check whether a delivery your endpoint received is genuine (nothing is sent) (%1)</source>
        <translation>Verificér levering: kontrollér, om en levering, som dit endepunkt modtog, er ægte (intet sendes) (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulate</source>
        <translation>Simulér</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulate event (sandbox): deliver a simulated event to every sandbox registration that has it (%1)</source>
        <translation>Simulér hændelse (sandkasse): lever en simuleret hændelse til alle registreringer i sandkassen, der har den (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset &amp;Sandbox…</source>
        <translation>&amp;Nulstil sandkasse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace every sandbox registration with the sample registrations</source>
        <translation>Erstat alle registreringer i sandkassen med eksempelregistreringerne</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Reset the Sandbox?</source>
        <translation>Vil du nulstille sandkassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every registration in the sandbox is deleted and the sample registrations come back. Nothing outside the sandbox changes.</source>
        <translation>Alle registreringer i sandkassen slettes, og eksempelregistreringerne kommer tilbage. Intet uden for sandkassen ændres.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Send test delivery: a simulated, signed delivery to the selected webhook</source>
        <translation>Send testlevering: en simuleret, signeret levering til den valgte webhook</translation>
    </message>
</context>
<context>
    <name>DeliveryAttribution</name>
    <message>
        <location filename="../app/operations/deliveryattribution.cpp" line="+91"/>
        <source>%1, partner (all sales units)</source>
        <translation>%1, partner (alle salgssteder)</translation>
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
        <translation>Signeret med hemmeligheden for webhook %1 (profil »%2«, %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret.</source>
        <translation>
            <numerusform>Denne URL har %n registrering: hver hændelse ankommer én gang pr. registrering, hver signeret med sin egen hemmelighed.</numerusform>
            <numerusform>Denne URL har %n registreringer: hver hændelse ankommer én gang pr. registrering, hver signeret med sin egen hemmelighed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list of secrets stored on this machine could not be read: %1</source>
        <translation>Listen over hemmeligheder, der er gemt på denne maskine, kunne ikke læses: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No webhook secret is stored on this machine, so none could be tried.</source>
        <translation>Ingen webhook-hemmelighed er gemt på denne maskine, så ingen kunne prøves.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>None of the %n webhook secrets tried verifies this delivery.</source>
        <translation>
            <numerusform>%n prøvet webhook-hemmelighed verificerer ikke denne levering.</numerusform>
            <numerusform>Ingen af de %n prøvede webhook-hemmeligheder verificerer denne levering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored secrets could not be read from the keychain.</source>
        <translation>
            <numerusform>%n gemt hemmelighed kunne ikke læses fra nøgleringen.</numerusform>
            <numerusform>%n gemte hemmeligheder kunne ikke læses fra nøgleringen.</numerusform>
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
            <numerusform>Denne URL har %n registrering (%1): hver hændelse ankommer én gang pr. registrering, hver signeret med sin egen hemmelighed. Hemmeligheden for den, der sendte denne levering, er ikke gemt her: indtast den på denne maskine, eller erstat den registrering.</numerusform>
            <numerusform>Denne URL har %n registreringer (%1): hver hændelse ankommer én gang pr. registrering, hver signeret med sin egen hemmelighed. Hemmeligheden for den, der sendte denne levering, er ikke gemt her: indtast den på denne maskine, eller erstat den registrering.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This URL has one registration known here (%1, %2); the delivery was not signed with its stored secret: perhaps it came from the other environment or from a registration made elsewhere.</source>
        <translation>Denne URL har én kendt registrering her (%1, %2); leveringen blev ikke signeret med dens gemte hemmelighed: måske kom den fra det andet miljø eller fra en registrering foretaget et andet sted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No registration of this URL is known here: it may belong to other API keys or the other environment.</source>
        <translation>Ingen registrering af denne URL er kendt her: den kan høre til andre API-nøgler eller det andet miljø.</translation>
    </message>
</context>
<context>
    <name>DeliveryInput</name>
    <message>
        <location filename="../ui/deliveryinput.ui" line="+25"/>
        <source>&amp;Raw HTTP request</source>
        <translation>&amp;Rå HTTP-forespørgsel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole request: request line, headers, a blank line, then the body. Pasted or opened text is kept byte for byte.</source>
        <translation>Hele forespørgslen: forespørgselslinje, headere, en tom linje og derefter indholdet. Indsat eller åbnet tekst bevares byte for byte.</translation>
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
        <translation>Å&amp;bn fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the request from a file, byte for byte</source>
        <translation>Læs forespørgslen fra en fil, byte for byte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Headers and body</source>
        <translation>&amp;Headere og indhold</translation>
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
        <translation>Indh&amp;old:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The body exactly as received</source>
        <translation>Indholdet præcis, som det blev modtaget</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>O&amp;pen File…</source>
        <translation>Åb&amp;n fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the body from a file, byte for byte</source>
        <translation>Læs indholdet fra en fil, byte for byte</translation>
    </message>
    <message>
        <location filename="../ui/deliveryinput.cpp" line="+64"/>
        <source>Paste the request first (or open it from a file), or give its headers and body on the other tab.</source>
        <translation>Indsæt først forespørgslen (eller åbn den fra en fil), eller angiv dens headere og indhold på den anden fane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a whole HTTP request: %1</source>
        <translation>Dette er ikke en hel HTTP-forespørgsel: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the URL the delivery was sent to, or choose its webhook.</source>
        <translation>Indtast den URL, leveringen blev sendt til, eller vælg dens webhook.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an absolute URL with a host name, such as https://example.com/webhooks.</source>
        <translation>»%1« er ikke en absolut URL med et værtsnavn, f.eks. https://example.com/webhooks.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a Request</source>
        <translation>Åbn en forespørgsel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a Body</source>
        <translation>Åbn et indhold</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the file</source>
        <translation>Kan ikke læse filen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is too large</source>
        <translation>Filen er for stor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is larger than %2 MiB; a delivery is much smaller.</source>
        <translation>%1 er større end %2 MiB; en levering er meget mindre.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n bytes, exactly as pasted or opened.</source>
        <translation>
            <numerusform>%n byte, præcis som indsat eller åbnet.</numerusform>
            <numerusform>%n bytes, præcis som indsat eller åbnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bytes as shown: typed or edited text has LF line breaks.</source>
        <translation>
            <numerusform>%n byte som vist: indtastet eller redigeret tekst har LF-linjeskift.</numerusform>
            <numerusform>%n bytes som vist: indtastet eller redigeret tekst har LF-linjeskift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Body: %n bytes, ending with a line break.</source>
        <translation>
            <numerusform>Indhold: %n byte, afsluttet med et linjeskift.</numerusform>
            <numerusform>Indhold: %n bytes, afsluttet med et linjeskift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Body: %n bytes.</source>
        <translation>
            <numerusform>Indhold: %n byte.</numerusform>
            <numerusform>Indhold: %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It ends with a line break.</source>
        <translation>Det slutter med et linjeskift.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>https://example.com/webhooks/vipps (the URL the delivery was sent to)</source>
        <translation>https://example.com/webhooks/vipps (den URL, leveringen blev sendt til)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the registered URL, %1</source>
        <translation>Tom: den registrerede URL, %1</translation>
    </message>
</context>
<context>
    <name>DeliveryService</name>
    <message>
        <location filename="../app/operations/deliveryservice.cpp" line="+49"/>
        <source>No profile is open.</source>
        <translation>Ingen profil er åben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed.</source>
        <translation>Der er ingen hemmelighed for denne webhook gemt på denne maskine, så leveringen kan ikke signeres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret could not be read from the keychain: %1</source>
        <translation>Hemmeligheden kunne ikke læses fra nøgleringen: %1</translation>
    </message>
</context>
<context>
    <name>DeliverySignature</name>
    <message>
        <location filename="../app/core/deliverysignature.cpp" line="+103"/>
        <source>The x-ms-date header is missing.</source>
        <translation>Headeren x-ms-date mangler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The x-ms-content-sha256 header is missing.</source>
        <translation>Headeren x-ms-content-sha256 mangler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Authorization header is missing.</source>
        <translation>Headeren Authorization mangler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Authorization header is malformed: expected &quot;HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=&lt;base64&gt;&quot;.</source>
        <translation>Headeren Authorization har et forkert format: forventet &quot;HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=&lt;base64&gt;&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body&apos;s SHA-256 does not match x-ms-content-sha256: the body was changed after it was sent. Hash the raw bytes as received.</source>
        <translation>Indholdets SHA-256 stemmer ikke med x-ms-content-sha256: indholdet blev ændret, efter det blev sendt. Beregn hashen af de rå bytes, som de blev modtaget.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body has CRLF line endings where LF belongs.</source>
        <translation>Indholdet har CRLF-linjeskift, hvor der skal være LF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body looks re-serialised (its JSON spacing differs from the compact form).</source>
        <translation>Indholdet ser ud til at være serialiseret igen (JSON-mellemrummene afviger fra den kompakte form).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The host differs from the registered URL&apos;s (%1 instead of %2).</source>
        <translation>Værten afviger fra den registrerede URL&apos;s (%1 i stedet for %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The path or query differs from the registered URL&apos;s (%1 instead of %2).</source>
        <translation>Stien eller forespørgselsstrengen afviger fra den registrerede URL&apos;s (%1 i stedet for %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery&apos;s URL is missing or invalid.</source>
        <translation>Leveringens URL mangler eller er ugyldig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signature was computed with CRLF where LF belongs: the string to sign uses &quot;\n&quot; between its lines, not &quot;\r\n&quot;.</source>
        <translation>Signaturen blev beregnet med CRLF, hvor der skal være LF: strengen, der signeres, bruger &quot;\n&quot; mellem linjerne, ikke &quot;\r\n&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match: the secret is wrong (perhaps the other environment&apos;s, or another webhook&apos;s), or the URL, date or hash signed differs.</source>
        <translation>Signaturen stemmer ikke: hemmeligheden er forkert (måske fra det andet miljø eller fra en anden webhook), eller den signerede URL, dato eller hash afviger.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The text does not start with an HTTP request line such as &quot;POST /path HTTP/1.1&quot;.</source>
        <translation>Teksten begynder ikke med en HTTP-forespørgselslinje som &quot;POST /path HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The request has no Host header.</source>
        <translation>Forespørgslen har ingen Host-header.</translation>
    </message>
</context>
<context>
    <name>DeliveryVerification</name>
    <message>
        <location filename="../app/core/deliveryverification.cpp" line="+103"/>
        <source>The signature was made with the secret this webhook has stored for the %1 environment, not with this one&apos;s: the delivery was signed for the other environment (or the secret was stored under the wrong environment).</source>
        <translation>Signaturen blev lavet med den hemmelighed, som denne webhook har gemt for miljøet %1, ikke med dette miljøs: leveringen blev signeret til det andet miljø (eller hemmeligheden blev gemt under det forkerte miljø).</translation>
    </message>
</context>
<context>
    <name>EnterSecretDialog</name>
    <message>
        <location filename="../ui/entersecretdialog.ui" line="+14"/>
        <source>Enter Webhook Secret</source>
        <translation>Indtast webhook-hemmelighed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Enter the secret of this webhook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indtast hemmeligheden for denne webhook&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vipps MobilePay returned this secret once, when the webhook was registered (perhaps with another tool). Stored here, it lets this console verify deliveries and send signed test deliveries. It goes to this computer&apos;s keychain only.</source>
        <translation>Vipps MobilePay returnerede denne hemmelighed én gang, da webhooken blev registreret (måske med et andet værktøj). Når den er gemt her, kan denne konsol verificere leveringer og sende signerede testleveringer. Den gemmes kun i nøgleringen på denne computer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Hemmelighed:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how the secret</source>
        <translation>&amp;Vis hemmeligheden</translation>
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
        <translation>&amp;Gem hemmelighed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keychain did not store the secret: %1</source>
        <translation>Nøgleringen gemte ikke hemmeligheden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paste the secret exactly as Vipps MobilePay returned it at registration.</source>
        <translation>Indsæt hemmeligheden præcis, som Vipps MobilePay returnerede den ved registreringen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secret is one line of text: remove the line breaks and control characters.</source>
        <translation>En hemmelighed er én linje tekst: fjern linjeskift og kontroltegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret has no spaces inside: check that you pasted only the secret.</source>
        <translation>En hemmelighed indeholder ingen mellemrum: kontrollér, at du kun indsatte hemmeligheden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The spaces at the start or end are left out.</source>
        <translation>Mellemrummene i starten eller slutningen udelades.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only %n character(s): check that you copied all of it.</source>
        <translation>
            <numerusform>Kun %n tegn: kontrollér, at du kopierede det hele.</numerusform>
            <numerusform>Kun %n tegn: kontrollér, at du kopierede det hele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n character(s).</source>
        <translation>
            <numerusform>%n tegn.</numerusform>
            <numerusform>%n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This replaces the secret stored on this machine.</source>
        <translation>Dette erstatter hemmeligheden, der er gemt på denne maskine.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Gemmer hemmeligheden i nøgleringen…</translation>
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
        <translation>Brugerdefineret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
</context>
<context>
    <name>EnvironmentChip</name>
    <message>
        <location filename="../ui/environmentchip.cpp" line="+51"/>
        <source>sample registrations</source>
        <translation>eksempelregistreringer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · partner keys</source>
        <translation>%1 · partnernøgler</translation>
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
        <translation>Udløses aldrig i testmiljøet: Donations-API&apos;et findes kun i produktion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the test environment these fire only for payments created through the ePayment API (not for other APIs&apos; test payments).</source>
        <translation>I testmiljøet udløses disse kun for betalinger oprettet gennem ePayment-API&apos;et (ikke for andre API&apos;ers testbetalinger).</translation>
    </message>
    <message>
        <location filename="../app/core/eventcatalognames.cpp" line="+9"/>
        <source>ePayment</source>
        <translation>ePayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>Afbrudt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurring</source>
        <translation>Abonnementsbetalinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement accepted</source>
        <translation>Aftale accepteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement rejected</source>
        <translation>Aftale afvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement stopped</source>
        <translation>Aftale stoppet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement expired</source>
        <translation>Aftale udløbet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge reserved</source>
        <translation>Træk reserveret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge captured</source>
        <translation>Træk gennemført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge cancelled</source>
        <translation>Træk annulleret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge failed</source>
        <translation>Træk mislykkedes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge creation failed</source>
        <translation>Oprettelse af træk mislykkedes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge refunded</source>
        <translation>Træk refunderet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User checked in</source>
        <translation>Bruger tjekket ind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant-initiated login ping</source>
        <translation>Login-ping startet af virksomheden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donations</source>
        <translation>Donationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement started</source>
        <translation>Aftale startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal day changed</source>
        <translation>Trækdag ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount changed</source>
        <translation>Beløb ændret</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <location filename="../ui/eventpicker.cpp" line="+174"/>
        <location line="+152"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>not known (limit %1)</source>
        <translation>ukendt (grænse %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhooks could not be loaded: how many registrations use this event is not known. The limit is %1.</source>
        <translation>Webhooksene kunne ikke indlæses: det vides ikke, hvor mange registreringer der bruger denne hændelse. Grænsen er %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 used, full</source>
        <translation>%1 af %2 brugt, fuldt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The limit for this event (%1) is reached. Delete a registration to register another.</source>
        <translation>Grænsen for denne hændelse (%1) er nået. Slet en registrering for at registrere en ny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 used</source>
        <translation>%1 af %2 brugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 registrations for this event are in use.</source>
        <translation>%1 af %2 registreringer for denne hændelse er i brug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event type is not in the console&apos;s catalogue; it is kept as it is.</source>
        <translation>Denne hændelsestype findes ikke i konsollens katalog; den bevares, som den er.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Test environment: %1</source>
        <translation>Testmiljøet: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This URL is already registered for this event: each event would arrive twice.</source>
        <translation>Denne URL er allerede registreret for denne hændelse: hver hændelse ville ankomme to gange.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 selected</source>
        <translation>%1 af %2 valgt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select or clear every event of this group</source>
        <translation>Vælg eller fravælg alle hændelser i denne gruppe</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Search events (name or type)</source>
        <translation>Søg efter hændelser (navn eller type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the events by name, product or event type</source>
        <translation>Filtrér hændelserne efter navn, produkt eller hændelsestype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Søg efter hændelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event type</source>
        <translation>Hændelsestype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrations</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrations of this sales unit (or of the partner keys) that use the event, against the limit</source>
        <translation>Registreringer for dette salgssted (eller for partnernøglerne), der bruger hændelsen, i forhold til grænsen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/historydialog.cpp" line="+178"/>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksportér CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All time</source>
        <translation>Hele perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Seneste 24 timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Sales unit:</source>
        <translation>&amp;Salgssted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nvironment:</source>
        <translation>&amp;Miljø:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No local state store.</source>
        <translation>Ingen lokal tilstandsfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be read: %1</source>
        <translation>Historikken kunne ikke læses: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All sales units</source>
        <translation>Alle salgssteder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All environments</source>
        <translation>Alle miljøer</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n of %1 change(s) shown.</source>
        <translation>
            <numerusform>%n af %1 ændring vises.</numerusform>
            <numerusform>%n af %1 ændringer vises.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the History</source>
        <translation>Eksportér historikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1.</source>
        <translation>Eksporteret til %1.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-267"/>
        <source>Partner (all sales units)</source>
        <translation>Partner (alle salgssteder)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MSN %1</source>
        <translation>MSN %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed outside this console between %1 and %2. Vipps MobilePay removes endpoints that failed for two weeks.</source>
        <translation>Fjernet uden for denne konsol mellem %1 og %2. Vipps MobilePay fjerner endepunkter, der har fejlet i to uger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace id %1</source>
        <translation>Sporings-id %1</translation>
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
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales unit</source>
        <translation>Salgssted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Miljø</translation>
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
        <translation>Hændelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Af</translation>
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
        <translation>Nøgleringen er låst og blev ikke låst op (dialogen til oplåsning blev annulleret eller kunne ikke vises). Lås den op, og prøv igen.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Nøgleringen svarede ikke inden for %n sekund.</numerusform>
            <numerusform>Nøgleringen svarede ikke inden for %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The keychain has no entry “%1”.</source>
        <translation>Nøgleringen har ingen post »%1«.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked and was not unlocked, or access to it was refused.</source>
        <translation>Nøgleringen er låst og blev ikke låst op, eller adgang til den blev nægtet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain reported an unknown error.</source>
        <translation>Nøgleringen rapporterede en ukendt fejl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain reported an error: %1</source>
        <translation>Nøgleringen rapporterede en fejl: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available: no Secret Service (gnome-keyring or KWallet) is running on this desktop.</source>
        <translation>Ingen nøglering er tilgængelig: ingen Secret Service (gnome-keyring eller KWallet) kører på dette skrivebord.</translation>
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
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the registered webhooks again</source>
        <translation>Indlæs de registrerede webhooks igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister…</source>
        <translation>Re&amp;gistrér…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new webhook</source>
        <translation>Registrér en ny webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected webhooks</source>
        <translation>Slet de valgte webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the table by URL, event or id</source>
        <translation>Filtrér tabellen efter URL, hændelse eller id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit or remove profiles and their API keys</source>
        <translation>Tilføj, redigér eller fjern profiler og deres API-nøgler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch Profile…</source>
        <translation>S&amp;kift profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another profile: type to search</source>
        <translation>Åbn en anden profil: skriv for at søge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Webhook Console</source>
        <translation>Afslut Webhook Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Webhook Console</source>
        <translation>&amp;Om Webhook Console</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header</source>
        <translation>Sidehoved</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Talking to the API…</source>
        <translation>Kommunikerer med API&apos;et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pr&amp;eferences…</source>
        <translation>Ind&amp;stillinger…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of Webhook Console</source>
        <translation>Sproget i Webhook Console</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Production — changes affect live payments</source>
        <translation>Produktion – ændringer påvirker rigtige betalinger</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Webhooks loaded.</source>
        <translation>Webhooks indlæst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhooks could not be loaded.</source>
        <translation>Webhooksene kunne ikke indlæses.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: trying again in %2 s…</source>
        <translation>%1: prøver igen om %2 s…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook registered.</source>
        <translation>Webhook registreret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The webhook was not registered.</source>
        <translation>Webhooken blev ikke registreret.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Local state</source>
        <translation>Lokal tilstand</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The deletion failed.</source>
        <translation>Sletningen mislykkedes.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n deletions failed.</source>
        <translation>
            <numerusform>%1 af %n sletning mislykkedes.</numerusform>
            <numerusform>%1 af %n sletninger mislykkedes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted 1 webhook.</source>
        <translation>Slettede 1 webhook.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Deleted %n webhooks.</source>
        <translation>
            <numerusform>Slettede %n webhook.</numerusform>
            <numerusform>Slettede %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sandbox — %1</source>
        <translation>Sandkasse – %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Manage Vipps MobilePay webhooks from the desktop.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Administrer Vipps MobilePay-webhooks fra skrivebordet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quit Webhook Console?</source>
        <translation>Vil du afslutte Webhook Console?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registration is still running, or its secret has not been saved yet. The API never shows a secret twice. Quit anyway?</source>
        <translation>En registrering er stadig i gang, eller dens hemmelighed er ikke gemt endnu. API&apos;et viser aldrig en hemmelighed to gange. Vil du afslutte alligevel?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+17"/>
        <source>Copy details</source>
        <translation>Kopiér detaljer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy the whole error, trace id included, for a support request</source>
        <translation>Kopiér hele fejlen, inklusive sporings-id (trace id), til en henvendelse til kundeservice</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trace id: %1</source>
        <translation>Sporings-id (trace id): %1</translation>
    </message>
</context>
<context>
    <name>NetworkAccessManager</name>
    <message>
        <location filename="../app/core/networkaccessmanager.cpp" line="+62"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: kan ikke læse %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation>%1: %2 indeholder intet PEM-certifikat.</translation>
    </message>
</context>
<context>
    <name>OrphanedSecretsDialog</name>
    <message>
        <location filename="../ui/orphanedsecretsdialog.ui" line="+14"/>
        <source>Orphaned Secrets</source>
        <translation>Forældreløse hemmeligheder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These secrets are stored on this computer, but no webhook with their id is registered any more: it was deleted elsewhere, or Vipps MobilePay removed it after its endpoint failed for two weeks. A secret is of no use without its webhook.</source>
        <translation>Disse hemmeligheder er gemt på denne computer, men der er ikke længere registreret nogen webhook med deres id: den blev slettet et andet sted, eller Vipps MobilePay fjernede den, efter at dens endepunkt havde fejlet i to uger. En hemmelighed er til ingen nytte uden sin webhook.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ids of the orphaned secrets</source>
        <translation>Id&apos;er for de forældreløse hemmeligheder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove Selected…</source>
        <translation>Fje&amp;rn valgte…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove &amp;All…</source>
        <translation>Fjern &amp;alle…</translation>
    </message>
    <message>
        <location filename="../ui/orphanedsecretsdialog.cpp" line="+64"/>
        <source>“%1” (%2, partner keys)</source>
        <translation>»%1« (%2, partnernøgler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2, MSN %3)</source>
        <translation>»%1« (%2, MSN %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;No orphaned secrets for %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ingen forældreløse hemmeligheder for %1.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%1: %n secret(s) without a webhook.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %n hemmelighed uden webhook.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %n hemmeligheder uden webhook.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Remove %n stored secret(s) from this computer? No webhook with these ids is registered any more.</source>
        <translation>
            <numerusform>Vil du fjerne %n gemt hemmelighed fra denne computer? Der er ikke længere registreret nogen webhook med dette id.</numerusform>
            <numerusform>Vil du fjerne %n gemte hemmeligheder fra denne computer? Der er ikke længere registreret nogen webhook med disse id&apos;er.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Removed %n stored secret(s).</source>
        <translation>
            <numerusform>Fjernede %n gemt hemmelighed.</numerusform>
            <numerusform>Fjernede %n gemte hemmeligheder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>orphaned secret</source>
        <translation>forældreløs hemmelighed</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Remove the stored secret of the webhook %1 from this computer? No webhook with this id is registered any more.</source>
        <translation>Vil du fjerne den gemte hemmelighed for webhooken %1 fra denne computer? Der er ikke længere registreret nogen webhook med dette id.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Orphaned Secrets</source>
        <translation>Fjern forældreløse hemmeligheder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing…</source>
        <translation>Fjerner…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keychain did not remove the secret of %1: %2</source>
        <translation>Nøgleringen fjernede ikke hemmeligheden for %1: %2</translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <location filename="../app/import/postmanimport.cpp" line="+150"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a Postman environment.</source>
        <translation>Filen er for stor til at være et Postman-miljø.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>Filen er ikke gyldig JSON (%1 ved tegn %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a Postman environment: it holds no JSON object.</source>
        <translation>Filen er ikke et Postman-miljø: den indeholder intet JSON-objekt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a Postman collection, not an environment. In Postman, export the environment that holds your keys (Environments, ..., Export).</source>
        <translation>Dette er en Postman-samling, ikke et miljø. Eksportér i Postman det miljø, der har dine nøgler (Environments, ..., Export).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not a Postman environment: it has no &quot;values&quot; list.</source>
        <translation>Filen er ikke et Postman-miljø: den har ingen &quot;values&quot;-liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Postman environment: &quot;values&quot; is not a list.</source>
        <translation>Filen er ikke et Postman-miljø: &quot;values&quot; er ikke en liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Postman environment: &quot;name&quot; is not text.</source>
        <translation>Filen er ikke et Postman-miljø: &quot;name&quot; er ikke tekst.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large to be a Postman environment.</source>
        <translation>%1 er for stor til at være et Postman-miljø.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke læse %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These look like production keys. The new profile is set to Test: choose Production yourself if that is where the keys belong.</source>
        <translation>Det ligner produktionsnøgler. Den nye profil er sat til Test: vælg selv Produktion, hvis det er der, nøglerne hører til.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the export: %1. Enter them before saving.</source>
        <translation>Ikke med i eksporten: %1. Udfyld dem, før du gemmer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled in Postman, not imported: %1.</source>
        <translation>Deaktiveret i Postman, ikke importeret: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported because the value is not plain text (or refers to another Postman variable): %1.</source>
        <translation>Ikke importeret, fordi værdien ikke er ren tekst (eller henviser til en anden Postman-variabel): %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No merchantSerialNumber: the profile uses partner keys (all sales units).</source>
        <translation>Ingen merchantSerialNumber: profilen bruger partnernøgler (alle salgssteder).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used by the console: %1.</source>
        <translation>Bruges ikke af konsollen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries without a variable name were skipped: %1.</source>
        <translation>Poster uden variabelnavn blev sprunget over: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new language takes effect when Webhook Console is started again.</source>
        <translation>Det nye sprog træder i kraft, næste gang Webhook Console startes.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+15"/>
        <source>System default</source>
        <translation>Systemets sprog</translation>
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
        <translation>Almindelig port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address</source>
        <translation>Offentlig adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2+ and a trusted certificate</source>
        <translation>TLS 1.2+ og et betroet certifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No redirect</source>
        <translation>Ingen omdirigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed test POST answered 2xx</source>
        <translation>Signeret test-POST besvaret med 2xx</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pass</source>
        <translation>Bestået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Ikke bestået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Ikke kontrolleret</translation>
    </message>
</context>
<context>
    <name>PreflightRules</name>
    <message>
        <location filename="../app/delivery/preflightrules.cpp" line="+34"/>
        <source>the certificate for %1 from %2 is valid until %3</source>
        <translation>certifikatet for %1 fra %2 er gyldigt til %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The URL is an absolute https URL.</source>
        <translation>URL&apos;en er en absolut https-URL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is one of the common ports (443, 80, 8080).</source>
        <translation>Port %1 er en af de almindelige porte (443, 80, 8080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 is not one of the common ports Vipps MobilePay recommends (443, 80, 8080); deliveries may not reach it.</source>
        <translation>Port %1 er ikke en af de almindelige porte, som Vipps MobilePay anbefaler (443, 80, 8080); leveringer når den måske ikke.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name %1 does not resolve: %2</source>
        <translation>Navnet %1 kan ikke slås op: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name %1 does not resolve to any address.</source>
        <translation>Navnet %1 peger ikke på nogen adresse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, which is private or local: Vipps MobilePay cannot reach it from the internet.</source>
        <translation>%1 peger på %2, som er privat eller lokal: Vipps MobilePay kan ikke nå den fra internettet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 resolves to this computer (%2): allowed for testing only; Vipps MobilePay cannot reach it.</source>
        <translation>%1 peger på denne computer (%2): kun tilladt til test; Vipps MobilePay kan ikke nå den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to public addresses (%2).</source>
        <translation>%1 peger på offentlige adresser (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS-handshaket mislykkedes: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. The certificate expires soon: renew it.</source>
        <translation>%1. Certifikatet udløber snart: forny det.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: the test POST got no answer.</source>
        <translation>Ikke kontrolleret: test-POST&apos;en fik intet svar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test POST was not redirected.</source>
        <translation>Test-POST&apos;en blev ikke omdirigeret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test POST was answered %1 with a redirect to %2. Vipps MobilePay does not follow redirects: register the final URL.</source>
        <translation>Test-POST&apos;en blev besvaret med %1 og en omdirigering til %2. Vipps MobilePay følger ikke omdirigeringer: registrér den endelige URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nowhere</source>
        <translation>ingen steder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answered %1 in %2.</source>
        <translation>Svarede %1 på %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered %1 in %2: the receiver probably refused the signature of the throwaway secret (no secret exists before registration). It must answer 2xx to genuine deliveries.</source>
        <translation>Svarede %1 på %2: modtageren afviste sandsynligvis signaturen fra engangshemmeligheden (der findes ingen hemmelighed før registreringen). Den skal svare 2xx på ægte leveringer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered %1 in %2, not 2xx: Vipps MobilePay would count the delivery as failed and retry it.</source>
        <translation>Svarede %1 på %2, ikke 2xx: Vipps MobilePay ville regne leveringen som mislykket og prøve igen.</translation>
    </message>
</context>
<context>
    <name>PreflightWidget</name>
    <message>
        <location filename="../ui/preflightwidget.cpp" line="+149"/>
        <location line="+123"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+90"/>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Checking %1 as Vipps MobilePay would call it (%2 of %3 checks done)…</source>
        <translation>Kontrollerer %1, som Vipps MobilePay ville kalde den (%2 af %3 kontroller udført)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check of %1 was stopped.</source>
        <translation>Kontrollen af %1 blev stoppet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1 fails the check.&lt;/b&gt; Vipps MobilePay could not deliver to it: fix what failed before registering.</source>
        <translation>&lt;b&gt;%1 består ikke kontrollen.&lt;/b&gt; Vipps MobilePay ville ikke kunne levere dertil: ret det, der mislykkedes, før du registrerer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 passes, with warnings.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 består, med advarsler.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 passes every check.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 består alle kontroller.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test POST was signed with a made-up secret (the real one exists only after registration), so a 401 or 403 answer is only a warning.</source>
        <translation>Test-POST&apos;en blev signeret med en opdigtet hemmelighed (den rigtige findes først efter registreringen), så et 401- eller 403-svar er kun en advarsel.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/storage/profile.cpp" line="+16"/>
        <source>Enter a name for the profile.</source>
        <translation>Indtast et navn til profilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Profilnavnet er længere end %1 tegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain “/” or “\”.</source>
        <translation>Profilnavnet må ikke indeholde »/« eller »\«.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain control characters such as line breaks.</source>
        <translation>Profilnavnet må ikke indeholde kontroltegn som linjeskift.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile name must not begin or end with a space.</source>
        <translation>Profilnavnet må ikke begynde eller slutte med et mellemrum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name “-” is reserved.</source>
        <translation>Profilnavnet »-« er reserveret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the %2 environment; it cannot be declared %3.</source>
        <translation>%1 er miljøet %2; den kan ikke angives som %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether %1 is a test or a production server.</source>
        <translation>Angiv, om %1 er en test- eller en produktionsserver.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A PSP profile needs the merchant&apos;s MSN (Merchant-Serial-Number): a PSP calls on a merchant&apos;s behalf, never with its own MSN.</source>
        <translation>En PSP-profil kræver virksomhedens MSN (Merchant-Serial-Number): en PSP kalder på vegne af en virksomhed, aldrig med sit eget MSN.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner keys exist only in production: in the test environment a partner uses the ordinary test keys of a sales unit. Enter that sales unit&apos;s MSN, or choose Production.</source>
        <translation>Partnernøgler findes kun i produktion: i testmiljøet bruger en partner et salgssteds almindelige testnøgler. Indtast salgsstedets MSN, eller vælg Produktion.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the base URL of the custom environment.</source>
        <translation>Indtast basis-URL&apos;en for det brugerdefinerede miljø.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System name</source>
        <translation>Systemnavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System version</source>
        <translation>Systemversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin name</source>
        <translation>Plugin-navn</translation>
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
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Shop 123456 test</source>
        <translation>f.eks. Butik 123456 test</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Miljø:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>https://apitest.vipps.no</source>
        <translation>https://apitest.vipps.no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environment of this server</source>
        <translation>Denne servers miljø</translation>
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
        <translation>Tom for partnernøgler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;SP id:</source>
        <translation>PSP-id (&amp;kun for PSP):</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/profileform.cpp" line="+2"/>
        <source>Only for a PSP</source>
        <translation>Kun for en PSP</translation>
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
        <translation>&amp;Abonnementsnøgle:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>S&amp;how stored keys</source>
        <translation>Vis gemte nøg&amp;ler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vipps-System headers (optional)</source>
        <translation>Vipps-System-headere (valgfrit)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ystem name:</source>
        <translation>S&amp;ystemnavn:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>System &amp;version:</source>
        <translation>System&amp;version:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pl&amp;ugin name:</source>
        <translation>Pl&amp;ugin-navn:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Plu&amp;gin version:</source>
        <translation>Plu&amp;gin-version:</translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="-199"/>
        <source>Production: changes affect live payments. Use production keys; test keys fail here.</source>
        <translation>Produktion: ændringer påvirker rigtige betalinger. Brug produktionsnøgler; testnøgler virker ikke her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox built into this console: no real keys are needed.</source>
        <translation>Sandkassen, der er indbygget i denne konsol: ingen rigtige nøgler er nødvendige.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the API base URL, such as https://apitest.vipps.no (plain http only for this computer, such as a local sandbox).</source>
        <translation>Indtast API&apos;ets basis-URL, f.eks. https://apitest.vipps.no (ren http kun for denne computer, f.eks. en lokal sandkasse).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say whether this server is a test or a production server; until then it is treated as production.</source>
        <translation>Angiv, om denne server er en test- eller en produktionsserver; indtil da behandles den som produktion.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A PSP profile: “Psp-Id: %1” is sent on every webhooks call (not on the token call), with the merchant&apos;s MSN above, never the PSP&apos;s own.</source>
        <translation>En PSP-profil: »Psp-Id: %1« sendes i hvert webhooks-kald (ikke i tokenkaldet), med virksomhedens MSN ovenfor, aldrig PSP&apos;ens eget.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The merchant&apos;s MSN, on whose behalf the PSP calls.</source>
        <translation>MSN&apos;et for den virksomhed, som PSP&apos;en kalder på vegne af.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty means partner keys: registrations then cover every sales unit of the partner, present and future.</source>
        <translation>Tom betyder partnernøgler: registreringer gælder så alle partnerens salgssteder, nuværende og fremtidige.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter a name, such as the shop and the environment.</source>
        <translation>Indtast et navn, f.eks. butikken og miljøet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A profile named “%1” exists already.</source>
        <translation>Der findes allerede en profil ved navn »%1«.</translation>
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
        <translation>abonnementsnøglen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: %1 (business portal, For developers). They are kept in the keychain only.</source>
        <translation>Mangler stadig: %1 (erhvervsportalen, For udviklere). De gemmes kun i nøgleringen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keys are kept in the keychain only.</source>
        <translation>Nøglerne gemmes kun i nøgleringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored keys are kept unless you type new ones.</source>
        <translation>De gemte nøgler bevares, medmindre du indtaster nye.</translation>
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
        <translation>Brugerdefineret basis-URL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which environment is this server?</source>
        <translation>Hvilket miljø er denne server?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test server</source>
        <translation>En testserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A production server (live payments)</source>
        <translation>En produktionsserver (rigtige betalinger)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile “%1”</source>
        <translation>Profil »%1«</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Stored in the keychain</source>
        <translation>Gemt i nøgleringen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A GUID from the business portal</source>
        <translation>Et GUID fra erhvervsportalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the business portal</source>
        <translation>Fra erhvervsportalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ocp-Apim-Subscription-Key</source>
        <translation>Ocp-Apim-Subscription-Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant Serial Number: the sales unit, 4 to 7 digits</source>
        <translation>Merchant Serial Number (MSN): salgsstedet, 4 til 7 cifre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PSP&apos;s id, sent as Psp-Id on every webhooks call</source>
        <translation>En PSP&apos;s id, sendt som Psp-Id i hvert webhooks-kald</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent as %1, at most 30 characters. Empty: “%2”.</source>
        <translation>Sendes som %1, højst 30 tegn. Tom: »%2«.</translation>
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
        <translation>Profilen: API-nøglerne for ét salgssted (eller en partner) i ét miljø</translation>
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
        <translation>Sandkasse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sandbox API inside this program: sample data, no keys</source>
        <translation>Sandkasse-API&apos;et i dette program: eksempeldata, ingen nøgler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sandbox: the API runs inside this program; nothing reaches Vipps MobilePay</source>
        <translation>Sandkasse: API&apos;et kører i dette program; intet når Vipps MobilePay</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PSP %1 for MSN %2</source>
        <translation>PSP %1 for MSN %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: all sales units</source>
        <translation>Partner: alle salgssteder</translation>
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
        <translation>»%1« er ikke et gyldigt webhook-id.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Der findes allerede en profil ved navn »%1«.</translation>
    </message>
    <message>
        <location line="+136"/>
        <location line="+32"/>
        <source>No profile is selected.</source>
        <translation>Ingen profil er valgt.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>No API keys are stored in the keychain for the profile “%1”.</source>
        <translation>Der er ingen API-nøgler gemt i nøgleringen for profilen »%1«.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API keys of the profile “%1” in the keychain could not be read; save the profile again.</source>
        <translation>API-nøglerne for profilen »%1« i nøgleringen kunne ikke læses; gem profilen igen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The secret of the webhook %1 is in the keychain, but this computer&apos;s list of stored secrets could not record it. %2</source>
        <translation>Hemmeligheden for webhooken %1 ligger i nøgleringen, men denne computers liste over gemte hemmeligheder kunne ikke registrere den. %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No secret is stored on this computer for the webhook %1.</source>
        <translation>Der er ingen hemmelighed gemt på denne computer for webhooken %1.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="+36"/>
        <source>Open the production profile “%1” (partner keys: every sales unit)? Changes there affect live payments.</source>
        <translation>Vil du åbne produktionsprofilen »%1« (partnernøgler: alle salgssteder)? Ændringer der påvirker rigtige betalinger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the production profile “%1” (MSN %2)? Changes there affect live payments.</source>
        <translation>Vil du åbne produktionsprofilen »%1« (MSN %2)? Ændringer der påvirker rigtige betalinger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open production profile</source>
        <translation>Åbn produktionsprofil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is a production profile: it is not opened by itself.</source>
        <translation>»%1« er en produktionsprofil: den åbnes ikke af sig selv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Choose it in the profile list, or open it here.</source>
        <translation>Vælg den i profillisten, eller åbn den her.</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+80"/>
        <source>Open “%1”…</source>
        <translation>Åbn »%1«…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Registration in progress</source>
        <translation>Registrering i gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registration is still running. If you switch now, its answer is dropped and the new webhook&apos;s secret may be lost. Switch anyway?</source>
        <translation>En registrering er stadig i gang. Hvis du skifter nu, kasseres svaret, og den nye webhooks hemmelighed kan gå tabt. Vil du skifte alligevel?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open Profiles…</source>
        <translation>Åbn Profiler…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is a production profile now: it is not opened by itself.</source>
        <translation>»%1« er nu en produktionsprofil: den åbnes ikke af sig selv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile “%1” saved.</source>
        <translation>Profilen »%1« er gemt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose it in the profile list to open it.</source>
        <translation>Vælg den på profillisten for at åbne den.</translation>
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
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import from &amp;Postman…</source>
        <translation>Importér fra &amp;Postman…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Test conne&amp;ction</source>
        <translation>Test forbin&amp;delse</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="+148"/>
        <source>Discard Changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the profile you have not saved yet?</source>
        <translation>Vil du kassere den profil, du ikke har gemt endnu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>Vil du kassere de ikke-gemte ændringer af »%1«?</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Reading the keys from the keychain...</source>
        <translation>Læser nøglerne fra nøgleringen...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keys are stored for this profile. Enter them, then save.</source>
        <translation>Der er ingen nøgler gemt for denne profil. Indtast dem, og gem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain did not give the stored keys: %1</source>
        <translation>Nøgleringen udleverede ikke de gemte nøgler: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving...</source>
        <translation>Gemmer...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the stored keys from the keychain: %1 Nothing was saved; what you typed is still here.</source>
        <translation>Kunne ikke læse de gemte nøgler fra nøgleringen: %1 Intet blev gemt; det, du indtastede, står der stadig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keys are stored for this profile: enter the client ID, the client secret and the subscription key.</source>
        <translation>Der er ingen nøgler gemt for denne profil: indtast client ID, client secret og abonnementsnøglen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save: %1 Nothing was changed, and what you typed is still here.</source>
        <translation>Kunne ikke gemme: %1 Intet blev ændret, og det, du indtastede, står der stadig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved “%1”. The keys are in the keychain.</source>
        <translation>Gemte »%1«. Nøglerne ligger i nøgleringen.</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Open “%1” in the window</source>
        <translation>Åbn »%1« i vinduet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove Profile</source>
        <translation>Fjern profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile “%1”? Its API keys and the webhook secrets stored for it are deleted from this computer&apos;s keychain. The webhooks registered with Vipps MobilePay stay as they are.</source>
        <translation>Vil du fjerne profilen »%1«? Dens API-nøgler og de webhook-hemmeligheder, der er gemt for den, slettes fra nøgleringen på denne computer. De webhooks, der er registreret hos Vipps MobilePay, forbliver, som de er.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove “%1”: %2</source>
        <translation>Kunne ikke fjerne »%1«: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed “%1”.</source>
        <translation>Fjernede »%1«.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a Postman Environment</source>
        <translation>Importér et Postman-miljø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postman environment (*.json);;All files (*)</source>
        <translation>Postman-miljø (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not import the Postman environment: %1</source>
        <translation>Kunne ikke importere Postman-miljøet: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported from Postman. Check the values, then save.</source>
        <translation>Importeret fra Postman. Kontrollér værdierne, og gem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the fields marked above first.</source>
        <translation>Ret først felterne, der er markeret ovenfor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in sandbox needs no keys; the main window starts it.</source>
        <translation>Den indbyggede sandkasse kræver ingen nøgler; hovedvinduet starter den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the stored keys from the keychain: %1</source>
        <translation>Kunne ikke læse de gemte nøgler fra nøgleringen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the client ID, the client secret and the subscription key first.</source>
        <translation>Indtast først client ID, client secret og abonnementsnøglen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Getting an access token from %1...</source>
        <translation>Henter et adgangstoken fra %1...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keys work. Token valid until %1.</source>
        <translation>Nøglerne virker. Tokenet er gyldigt til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection test failed.</source>
        <translation>Forbindelsestesten mislykkedes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace id: %1</source>
        <translation>Sporings-id (trace id): %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported profile</source>
        <translation>Importeret profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gets an access token with the values in the form</source>
        <translation>Henter et adgangstoken med værdierne i formularen</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="qtstrings.cpp" line="+114"/>
        <source>Displays help on commandline options.</source>
        <translation>Viser hjælp til kommandolinjens tilvalg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Viser hjælp, inklusive Qt-specifikke tilvalg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Viser versionsinformation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation>Brug: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Tilvalg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[tilvalg]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Ukendt tilvalg &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Ukendte tilvalg: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Manglende værdi efter &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Uventet værdi efter &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-78"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Drev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show </source>
        <translation>Vis </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; er skrivebeskyttet.
Vil du slette den alligevel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på, at du vil slette &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Liste med steder og bogmærker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Filnavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left</source>
        <translation>Alt+Venstre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up</source>
        <translation>Alt+Op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Ovenliggende mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Denne Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Kig i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Right</source>
        <translation>Alt+Højre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Opret en ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Filer af type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Find mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis s&amp;kjulte filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappen blev ikke fundet.
Kontrollér, at det korrekte mappenavn blev givet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sidebar</source>
        <translation>Sidebjælke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 findes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Gå fremad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Gå til den overliggende mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Nylige steder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Gå tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Skift til detaljeret visningstilstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Opret ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljeret visning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen blev ikke fundet.
Kontrollér, at det korrekte filnavn blev givet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Skift til listevisningstilstand</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Denne Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Ugyldigt filnavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Navnet &quot;%1&quot; kan ikke bruges.&lt;/b&gt;&lt;p&gt;Prøv et andet navn, med færre tegn eller ingen tegnsætningstegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date Modified</source>
        <translation>Ændringsdato</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-9"/>
        <source>Show Details...</source>
        <translation>Vis detaljer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
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
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjælp</translation>
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
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér l&amp;inkadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>QuickSwitcherDialog</name>
    <message>
        <location filename="../ui/quickswitcherdialog.cpp" line="+27"/>
        <source>Switch Profile</source>
        <translation>Skift profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name, an environment or an MSN</source>
        <translation>Skriv et navn, et miljø eller et MSN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
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
            <numerusform>Hentede %n webhook.</numerusform>
            <numerusform>Hentede %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listing failed: %1</source>
        <translation>Hentning mislykkedes: %1</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ui/registerdialog.ui" line="+14"/>
        <source>Register a Webhook</source>
        <translation>Registrér en webhook</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Delete It and Register Again</source>
        <translation>&amp;Slet den, og registrér igen</translation>
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
        <translation>&amp;Kontrollér URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the URL as Vipps MobilePay would (name, TLS, redirects, a signed test POST), before registering it</source>
        <translation>Kald URL&apos;en, som Vipps MobilePay ville gøre det (navn, TLS, omdirigeringer, en signeret test-POST), før du registrerer den</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Events:</source>
        <translation>&amp;Hændelser:</translation>
    </message>
    <message>
        <location filename="../ui/registerdialog.cpp" line="+147"/>
        <source>Refused.</source>
        <translation>Afvist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trace id (support asks for it): %1</source>
        <translation>Sporings-id (trace id, kundeservice beder om det): %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the https:// address that will receive the events.</source>
        <translation>Indtast den https://-adresse, der skal modtage hændelserne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use https://. Vipps MobilePay delivers webhooks over HTTPS only.</source>
        <translation>Brug https://. Vipps MobilePay leverer kun webhooks via HTTPS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an absolute address that starts with https://, such as https://example.com/webhooks.</source>
        <translation>Indtast en absolut adresse, der begynder med https://, f.eks. https://example.com/webhooks.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is this computer: Vipps MobilePay cannot reach it. Use a public address (a tunnel gives you one for tests).</source>
        <translation>%1 er denne computer: Vipps MobilePay kan ikke nå den. Brug en offentlig adresse (en tunnel giver dig en til test).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a private or local address that Vipps MobilePay cannot reach. Use a public host name.</source>
        <translation>%1 er en privat eller lokal adresse, som Vipps MobilePay ikke kan nå. Brug et offentligt værtsnavn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is unusual: Vipps MobilePay recommends 443, 80 or 8080, and deliveries to other ports may fail.</source>
        <translation>Port %1 er usædvanlig: Vipps MobilePay anbefaler 443, 80 eller 8080, og leveringer til andre porte kan mislykkes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A public HTTPS address. It must answer 2xx, without redirects.</source>
        <translation>En offentlig HTTPS-adresse. Den skal svare 2xx uden omdirigeringer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Register</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Registering the webhook. This can take a few seconds...</source>
        <translation>Registrerer webhooken. Det kan tage et par sekunder...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, HTTP %2</source>
        <translation>%1, HTTP %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered, but the secret was not received.</source>
        <translation>Registreret, men hemmeligheden blev ikke modtaget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vipps MobilePay registered this webhook with the id %1, but the answer that carried its secret was lost (%2). The API never shows a secret again, so its deliveries cannot be verified.</source>
        <translation>Vipps MobilePay registrerede denne webhook med id&apos;et %1, men svaret med dens hemmelighed gik tabt (%2). API&apos;et viser aldrig en hemmelighed igen, så dens leveringer kan ikke verificeres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete it and register again to get a new secret: the same URL and events, registered once.</source>
        <translation>Slet den, og registrér igen for at få en ny hemmelighed: samme URL og hændelser, registreret én gang.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Registers with partner keys in %1: the webhook covers every sales unit, present and future.</source>
        <translation>Registrerer med partnernøgler i %1: webhooken gælder alle salgssteder, nuværende og fremtidige.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registers as PSP %1 for the merchant&apos;s sales unit %2 in %3.</source>
        <translation>Registrerer som PSP %1 for virksomhedens salgssted %2 i %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registers for sales unit %1 in %2.</source>
        <translation>Registrerer for salgssted %1 i %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This webhook will receive live payment events.</source>
        <translation>Denne webhook vil modtage hændelser for rigtige betalinger.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+20"/>
        <source>Refused by the API: %1</source>
        <translation>Afvist af API&apos;et: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one event.</source>
        <translation>Vælg mindst én hændelse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This URL is already registered for %1: each of these events would arrive twice.</source>
        <translation>Denne URL er allerede registreret for %1: hver af disse hændelser ville ankomme to gange.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events selected: %1.</source>
        <translation>Valgte hændelser: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The webhooks could not be loaded, so the limits and the events this URL already has were not checked.</source>
        <translation>Webhooksene kunne ikke indlæses, så grænserne og de hændelser, denne URL allerede har, blev ikke kontrolleret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not selected because the limit is reached: %1.</source>
        <translation>Ikke valgt, fordi grænsen er nået: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterFlow</name>
    <message>
        <location filename="../ui/registerflow.cpp" line="+82"/>
        <source>Register %1 in PRODUCTION with partner keys, for every sales unit? It receives real payment events.</source>
        <translation>Vil du registrere %1 i PRODUKTION med partnernøgler for alle salgssteder? Den modtager rigtige betalingshændelser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register %1 in PRODUCTION for MSN %2? It receives real payment events.</source>
        <translation>Vil du registrere %1 i PRODUKTION for MSN %2? Den modtager rigtige betalingshændelser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register in production</source>
        <translation>Registrér i produktion</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&lt;b&gt;Registered, but the secret was not received:&lt;/b&gt; this registration has no secret anywhere, so its deliveries cannot be verified. Once it is deleted, the same URL and events are registered again, and the new secret is stored and shown.</source>
        <translation>&lt;b&gt;Registreret, men hemmeligheden blev ikke modtaget:&lt;/b&gt; denne registrering har ingen hemmelighed nogen steder, så dens leveringer kan ikke verificeres. Når den er slettet, registreres samme URL og hændelser igen, og den nye hemmelighed gemmes og vises.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting the registration whose secret was lost…</source>
        <translation>Sletter registreringen, hvis hemmelighed gik tabt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting it failed (%1). Nothing was registered again.</source>
        <translation>Sletningen mislykkedes (%1). Intet blev registreret igen.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../ui/replacedialog.ui" line="+14"/>
        <source>Replace Webhook</source>
        <translation>Erstat webhook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The API cannot change a registration. This registers the new URL for the events below and stores its secret on this computer. The old registration stays, and keeps receiving events, until you delete it.</source>
        <translation>API&apos;et kan ikke ændre en registrering. Dette registrerer den nye URL for hændelserne nedenfor og gemmer dens hemmelighed på denne computer. Den gamle registrering bliver stående og modtager fortsat hændelser, indtil du sletter den.</translation>
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
        <translation>&amp;Hændelser:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Registering the new webhook. This can take a few seconds…</source>
        <translation>Registrerer den nye webhook. Det kan tage et par sekunder…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Send a &amp;Test Delivery…</source>
        <translation>Send en &amp;testlevering…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete the Old Registration…</source>
        <translation>&amp;Slet den gamle registrering…</translation>
    </message>
    <message>
        <location filename="../ui/replacedialog.cpp" line="+22"/>
        <source>Replacing %1
Id %2</source>
        <translation>Erstatter %1
Id %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register Replacement</source>
        <translation>Registrér erstatning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Step 1 of 2: register the replacement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trin 1 af 2: registrér erstatningen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Refused by the API: %1</source>
        <translation>Afvist af API&apos;et: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same URL as the old registration: the replacement gets a new secret, and each event arrives twice until the old one is deleted.</source>
        <translation>Samme URL som den gamle registrering: erstatningen får en ny hemmelighed, og hver hændelse ankommer to gange, indtil den gamle er slettet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one event.</source>
        <translation>Vælg mindst én hændelse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events selected: %1 (the old registration had %2).</source>
        <translation>Valgte hændelser: %1 (den gamle registrering havde %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At their limit while the old registration exists, so left out: %1. Delete the old registration first to keep them.</source>
        <translation>Udeladt, fordi grænsen er nået, så længe den gamle registrering findes: %1. Slet først den gamle registrering for at beholde dem.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep Both for Now</source>
        <translation>&amp;Behold begge indtil videre</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Refused.</source>
        <translation>Afvist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trace id (support asks for it): %1</source>
        <translation>Sporings-id (trace id, kundeservice beder om det): %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace Webhook — Next Steps</source>
        <translation>Erstat webhook – næste trin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Step 2 of 2: the new webhook is registered&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trin 2 af 2: den nye webhook er registreret&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old %1
Id %2</source>
        <translation>Gammel %1
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
        <translation>Dens hemmelighed opbevares i hukommelsen i denne sandkassesession (ingen nøglering er tilgængelig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its secret is stored in this computer&apos;s keychain.</source>
        <translation>Dens hemmelighed er gemt i nøgleringen på denne computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its secret could not be stored on this computer: copy it from the secret dialog now.</source>
        <translation>Dens hemmelighed kunne ikke gemmes på denne computer: kopiér den fra hemmelighedsdialogen nu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before you delete the old registration:&lt;ol&gt;&lt;li&gt;Give your receiver the new secret.&lt;/li&gt;&lt;li&gt;Check that deliveries reach the new URL.&lt;/li&gt;&lt;li&gt;Then delete the old registration.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;Until then, the old endpoint must keep answering 2xx.&lt;/b&gt; Vipps MobilePay may treat a failing endpoint as an incident, and it sends each event to both registrations meanwhile.</source>
        <translation>Før du sletter den gamle registrering:&lt;ol&gt;&lt;li&gt;Giv din modtager den nye hemmelighed.&lt;/li&gt;&lt;li&gt;Kontrollér, at leveringer når frem til den nye URL.&lt;/li&gt;&lt;li&gt;Slet derefter den gamle registrering.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;Indtil da skal det gamle endepunkt fortsat svare 2xx.&lt;/b&gt; Vipps MobilePay kan behandle et endepunkt, der fejler, som en driftshændelse, og sender i mellemtiden hver hændelse til begge registreringer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Done: the webhook is replaced&lt;/b&gt;</source>
        <translation>&lt;b&gt;Færdig: webhooken er erstattet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old registration (%1) is deleted. Its endpoint no longer gets deliveries from Vipps MobilePay.</source>
        <translation>Den gamle registrering (%1) er slettet. Dens endepunkt får ikke længere leveringer fra Vipps MobilePay.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The old registration was not deleted: %1</source>
        <translation>Den gamle registrering blev ikke slettet: %1</translation>
    </message>
</context>
<context>
    <name>ReplaceFlow</name>
    <message>
        <location filename="../ui/replaceflow.cpp" line="+107"/>
        <source>replaces %1</source>
        <translation>erstatter %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Replacing:&lt;/b&gt; delete the old registration only once your receiver has the new secret and deliveries reach the new URL. Until it is deleted, the old endpoint must keep answering 2xx: Vipps MobilePay may treat a failing endpoint as an incident.</source>
        <translation>&lt;b&gt;Erstatter:&lt;/b&gt; slet først den gamle registrering, når din modtager har den nye hemmelighed, og leveringer når frem til den nye URL. Indtil den er slettet, skal det gamle endepunkt fortsat svare 2xx: Vipps MobilePay kan behandle et endepunkt, der fejler, som en driftshændelse.</translation>
    </message>
</context>
<context>
    <name>RetrySchedule</name>
    <message>
        <location filename="../app/core/retryschedule.cpp" line="+50"/>
        <source>If this endpoint fails (an answer other than 2xx, or none within about 10 seconds), Vipps MobilePay tries each delivery again: about every 2 seconds for the first four attempts, then after 1 and 2 minutes, then hourly through attempt %1, then daily, for %2 days. Deliveries go in order: a failing event blocks the later events of the same payment until it is delivered or given up.</source>
        <translation>Hvis dette endepunkt fejler (et andet svar end 2xx, eller intet svar inden for omkring 10 sekunder), prøver Vipps MobilePay hver levering igen: omkring hvert 2. sekund de første fire forsøg, derefter efter 1 og 2 minutter, derefter hver time til og med forsøg %1, derefter dagligt, i %2 dage. Leveringer sker i rækkefølge: en hændelse, der fejler, blokerer de senere hændelser for samme betaling, indtil den er leveret eller opgivet.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>If it started failing now (%1): hourly attempts from %2, the last hourly one at %3, the last attempt at %4 (%n attempts in all).</source>
        <translation>
            <numerusform>Hvis det begyndte at fejle nu (%1): forsøg hver time fra %2, det sidste timeforsøg %3, det sidste forsøg %4 (%n forsøg i alt).</numerusform>
            <numerusform>Hvis det begyndte at fejle nu (%1): forsøg hver time fra %2, det sidste timeforsøg %3, det sidste forsøg %4 (%n forsøg i alt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unresponsive for %1 days, the registration is removed, without notice: on %2. Refresh the list to notice.</source>
        <translation>Efter %1 dage uden svar fjernes registreringen uden varsel: %2. Opdatér listen for at opdage det.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <location filename="../ui/revealaction.cpp" line="+73"/>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide (Ctrl+H)</source>
        <translation>Skjul (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show (Ctrl+H)</source>
        <translation>Vis (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <location filename="../app/sandbox/sandboxserver.cpp" line="+107"/>
        <source>The sandbox is already running.</source>
        <translation>Sandkassen kører allerede.</translation>
    </message>
</context>
<context>
    <name>SandboxState</name>
    <message>
        <location filename="../app/sandbox/sandboxstate.cpp" line="+235"/>
        <source>The file is not a sandbox state file.</source>
        <translation>Filen er ikke en tilstandsfil for sandkassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox state file has a version this program cannot read.</source>
        <translation>Sandkassens tilstandsfil har en version, som dette program ikke kan læse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox state file names an invalid sales unit &quot;%1&quot;.</source>
        <translation>Sandkassens tilstandsfil angiver et ugyldigt salgssted &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sandbox state file has an invalid registration.</source>
        <translation>Sandkassens tilstandsfil har en ugyldig registrering.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save the sandbox state to %1: %2</source>
        <translation>Kunne ikke gemme sandkassens tilstand i %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the sandbox state from %1: %2</source>
        <translation>Kunne ikke læse sandkassens tilstand fra %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox state file %1 is too large.</source>
        <translation>Sandkassens tilstandsfil %1 er for stor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sandbox state file %1 is not valid JSON.</source>
        <translation>Sandkassens tilstandsfil %1 er ikke gyldig JSON.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/secretdialog.ui" line="+14"/>
        <source>Save this secret</source>
        <translation>Gem denne hemmelighed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Save this secret now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gem denne hemmelighed nu&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your webhook receiver needs this secret to verify that deliveries come from Vipps MobilePay. It is shown only once: the API never returns it again. If it is lost, the only remedy is a new registration.</source>
        <translation>Din webhook-modtager skal bruge denne hemmelighed til at verificere, at leveringer kommer fra Vipps MobilePay. Den vises kun én gang: API&apos;et returnerer den aldrig igen. Hvis den går tabt, er den eneste løsning en ny registrering.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the secret; the clipboard is cleared again after 30 seconds</source>
        <translation>Kopiér hemmeligheden; udklipsholderen ryddes igen efter 30 sekunder</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;I have saved this secret</source>
        <translation>&amp;Jeg har gemt denne hemmelighed</translation>
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
        <translation>Sandkasse: ingen nøglering er tilgængelig, så hemmeligheden opbevares kun i hukommelsen i denne session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox: a copy is stored in this computer&apos;s keychain, and the sandbox keeps this registration for the next time.</source>
        <translation>Sandkasse: en kopi er gemt i nøgleringen på denne computer, og sandkassen beholder denne registrering til næste gang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is stored in this computer&apos;s keychain for profile “%1”. Keep it where your webhook receiver can use it, too.</source>
        <translation>En kopi er gemt i nøgleringen på denne computer for profilen »%1«. Opbevar den også, hvor din webhook-modtager kan bruge den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The secret could not be stored in the keychain.&lt;/b&gt; Copy it now and keep it in your password manager or your receiver&apos;s configuration: it cannot be shown again.</source>
        <translation>&lt;b&gt;Hemmeligheden kunne ikke gemmes i nøgleringen.&lt;/b&gt; Kopiér den nu, og opbevar den i din adgangskodeadministrator eller i modtagerens konfiguration: den kan ikke vises igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain: %1</source>
        <translation>Nøglering: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the secret first: it is not stored anywhere else</source>
        <translation>Kopiér hemmeligheden først: den er ikke gemt andre steder</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../ui/secretfile.cpp" line="+15"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <location filename="../ui/sendtestdialog.ui" line="+14"/>
        <source>Send Test Delivery (Simulated)</source>
        <translation>Send testlevering (simuleret)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Event:</source>
        <translation>&amp;Hændelse:</translation>
    </message>
    <message>
        <location line="+71"/>
        <location filename="../ui/sendtestdialog.cpp" line="+178"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>W&amp;hat was sent (paste it into Verify delivery to check a receiver&apos;s view):</source>
        <translation>Det, der blev s&amp;endt (indsæt det i Verificér levering for at se, hvad modtageren ser):</translation>
    </message>
    <message>
        <location filename="../ui/sendtestdialog.cpp" line="-131"/>
        <location line="+160"/>
        <source>&amp;Send</source>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+193"/>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>E&amp;nter Secret…</source>
        <translation>&amp;Indtast hemmelighed…</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sending a simulated delivery of %1 to %2…</source>
        <translation>Sender en simuleret levering af %1 til %2…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. The receiver may have got the simulated delivery anyway.</source>
        <translation>Stoppet. Modtageren kan alligevel have fået den simulerede levering.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Simulated delivery failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Den simulerede levering mislykkedes:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have reached the receiver.</source>
        <translation>Den kan have nået modtageren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: %1</source>
        <translation>Intet blev sendt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Simulated delivery: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Simuleret levering: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receiver redirected the delivery; Vipps MobilePay does not follow redirects.</source>
        <translation>Modtageren omdirigerede leveringen; Vipps MobilePay følger ikke omdirigeringer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vipps MobilePay would count this delivery as failed and retry it.</source>
        <translation>Vipps MobilePay ville regne denne levering som mislykket og prøve igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiver accepted it.</source>
        <translation>Modtageren accepterede den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… (only the start is shown)</source>
        <translation>… (kun begyndelsen vises)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer (%1):</source>
        <translation>&amp;Svar (%1):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent yet.</source>
        <translation>Ikke sendt endnu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send Again</source>
        <translation>Sen&amp;d igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the secret stored on this machine for this webhook.</source>
        <translation>Signeret med hemmeligheden, der er gemt på denne maskine for denne webhook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed. Enter the secret (if you kept it when the webhook was registered), or replace the webhook to get a new one.</source>
        <translation>Der er ingen hemmelighed for denne webhook gemt på denne maskine, så leveringen kan ikke signeres. Indtast hemmeligheden (hvis du gemte den, da webhooken blev registreret), eller erstat webhooken for at få en ny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed. This version cannot take a secret for an existing webhook yet: replace the webhook (register its URL again, then delete the old one) to get a secret stored here.</source>
        <translation>Der er ingen hemmelighed for denne webhook gemt på denne maskine, så leveringen kan ikke signeres. Denne version kan endnu ikke modtage en hemmelighed for en eksisterende webhook: erstat webhooken (registrér dens URL igen, og slet derefter den gamle) for at få en hemmelighed gemt her.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sends a &lt;b&gt;simulated&lt;/b&gt; delivery, not one from Vipps MobilePay: a sample payload for the event, signed with the webhook&apos;s secret exactly as Vipps MobilePay signs deliveries, marked with the header &lt;tt&gt;X-Webhook-Console-Test: true&lt;/tt&gt; and &lt;tt&gt;&quot;simulated&quot;: true&lt;/tt&gt; in the body.</source>
        <translation>Sender en &lt;b&gt;simuleret&lt;/b&gt; levering, ikke en fra Vipps MobilePay: et eksempelindhold for hændelsen, signeret med webhookens hemmelighed præcis, som Vipps MobilePay signerer leveringer, og mærket med headeren &lt;tt&gt;X-Webhook-Console-Test: true&lt;/tt&gt; og &lt;tt&gt;&quot;simulated&quot;: true&lt;/tt&gt; i indholdet.</translation>
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
        <translation>⚠ Dette går til en modtager i produktion. Sørg for, at den ignorerer leveringer, der er mærket som simulerede.</translation>
    </message>
</context>
<context>
    <name>SimulateEventDialog</name>
    <message>
        <location filename="../ui/simulateeventdialog.ui" line="+14"/>
        <source>Simulate Event (Sandbox)</source>
        <translation>Simulér hændelse (sandkasse)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox delivers as Vipps MobilePay does: one simulated event, POSTed to every sandbox registration of this sales unit that has the event type, each signed with its own secret and marked X-Webhook-Console-Test: true.</source>
        <translation>Sandkassen leverer, som Vipps MobilePay gør: én simuleret hændelse, sendt med POST til alle sandkasseregistreringer for dette salgssted, der har hændelsestypen, hver signeret med sin egen hemmelighed og mærket X-Webhook-Console-Test: true.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Event:</source>
        <translation>&amp;Hændelse:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Registration URL</source>
        <translation>Registreret URL</translation>
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
        <translation>&amp;Simulér</translation>
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
            <numerusform>%1 (%n registreringer)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Simulated events exist only in the Sandbox environment.</source>
        <translation>Simulerede hændelser findes kun i sandkassemiljøet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sandbox registration has this event: register a webhook for it first, or choose another.</source>
        <translation>Ingen sandkasseregistrering har denne hændelse: registrér først en webhook for den, eller vælg en anden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes to %1.</source>
        <translation>Går til %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending…</source>
        <translation>Sender…</translation>
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
        <translation>Simulerer %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Deliveries already sent may have arrived.</source>
        <translation>Stoppet. Leveringer, der allerede er sendt, kan være nået frem.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed: %1</source>
        <translation>Mislykkedes: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No sandbox registration has this event: nothing was sent.</source>
        <translation>Ingen sandkasseregistrering har denne hændelse: intet blev sendt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated: %1 of %2 answered 2xx.</source>
        <translation>Simuleret: %1 af %2 svarede 2xx.</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <location filename="../app/storage/statestore.cpp" line="+130"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; on Debian it is the package libqt6sql6-sqlite.</source>
        <translation>SQLite-driveren til Qt (QSQLITE) er ikke installeret; på Debian ligger den i pakken libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The folder of the local state file “%1” could not be created.</source>
        <translation>Mappen til den lokale tilstandsfil »%1« kunne ikke oprettes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The local state file “%1” could not be opened: %2</source>
        <translation>Den lokale tilstandsfil »%1« kunne ikke åbnes: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is damaged (%1)</source>
        <translation>den er beskadiget (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer version of this program (schema %1; this version knows up to %2)</source>
        <translation>den blev skrevet af en nyere version af dette program (skema %1; denne version kender op til %2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The local state file “%1” could not be read (%2). It was moved aside to “%3” and a new one was started. The secrets in the keychain are untouched, but webhooks registered before may no longer show that their secret is on this computer.</source>
        <translation>Den lokale tilstandsfil »%1« kunne ikke læses (%2). Den blev flyttet til »%3«, og en ny blev startet. Hemmelighederne i nøgleringen er urørte, men webhooks, der er registreret tidligere, viser måske ikke længere, at deres hemmelighed ligger på denne computer.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The local state file “%1” could not be used: %2</source>
        <translation>Den lokale tilstandsfil »%1« kunne ikke bruges: %2</translation>
    </message>
</context>
<context>
    <name>StatusBarInfo</name>
    <message>
        <location filename="../ui/statusbarinfo.cpp" line="+43"/>
        <source>The access token is kept in memory only and renewed when needed</source>
        <translation>Adgangstokenet opbevares kun i hukommelsen og fornyes efter behov</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No profile open</source>
        <translation>Ingen profil åben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token valid until %1</source>
        <translation>Tokenet er gyldigt til %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No token yet</source>
        <translation>Intet token endnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshed at %1</source>
        <translation>Opdateret %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not loaded yet</source>
        <translation>Ikke indlæst endnu</translation>
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
        <translation>%1 af 1 webhook vises</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n webhooks shown</source>
        <translation>
            <numerusform>%1 af %n webhook vises</numerusform>
            <numerusform>%1 af %n webhooks vises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDeliverySender</name>
    <message>
        <location filename="../app/delivery/testdeliverysender.cpp" line="+44"/>
        <source>%1 (a redirect to %2, not followed) in %3</source>
        <translation>%1 (en omdirigering til %2, ikke fulgt) på %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nowhere</source>
        <translation>ingen steder</translation>
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
        <translation>URL&apos;en er ikke en gyldig absolut URL med et værtsnavn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password.</source>
        <translation>URL&apos;en må ikke indeholde et brugernavn eller en adgangskode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not have a #fragment.</source>
        <translation>URL&apos;en må ikke have et #fragment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliveries go to https URLs only (plain http only to this computer, for the sandbox).</source>
        <translation>Leveringer går kun til https-URL&apos;er (ren http kun til denne computer, for sandkassen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https://.</source>
        <translation>URL&apos;en skal begynde med https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+117"/>
        <source>Sending a test delivery</source>
        <translation>Afsendelse af testlevering</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>A secret is needed to sign the delivery.</source>
        <translation>Der kræves en hemmelighed for at signere leveringen.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No answer within %1; Vipps MobilePay would count this delivery as failed and retry it.</source>
        <translation>Intet svar inden for %1; Vipps MobilePay ville regne denne levering som mislykket og prøve igen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection closed before the receiver answered; the delivery was not sent again.</source>
        <translation>Forbindelsen blev lukket, før modtageren svarede; leveringen blev ikke sendt igen.</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <location filename="../app/delivery/tlsprobe.cpp" line="+30"/>
        <source>an older or unknown protocol</source>
        <translation>en ældre eller ukendt protokol</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No TLS handshake within %1.</source>
        <translation>Intet TLS-handshake inden for %1.</translation>
    </message>
</context>
<context>
    <name>UrlPreflight</name>
    <message>
        <location filename="../app/delivery/urlpreflight.cpp" line="+90"/>
        <source>Not checked: the URL is not valid.</source>
        <translation>Ikke kontrolleret: URL&apos;en er ikke gyldig.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+17"/>
        <source>Not checked: Vipps MobilePay could not reach this address.</source>
        <translation>Ikke kontrolleret: Vipps MobilePay kunne ikke nå denne adresse.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Not checked: Vipps MobilePay delivers to https URLs only.</source>
        <translation>Ikke kontrolleret: Vipps MobilePay leverer kun til https-URL&apos;er.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no answer within %1.</source>
        <translation>intet svar inden for %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent: no test POST was asked for.</source>
        <translation>Ikke sendt: der blev ikke bedt om nogen test-POST.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked: the TLS check failed.</source>
        <translation>Ikke kontrolleret: TLS-kontrollen mislykkedes.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/core/validation.cpp" line="+76"/>
        <source>The base URL must be an absolute URL such as https://api.example.com.</source>
        <translation>Basis-URL&apos;en skal være en absolut URL, f.eks. https://api.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Basis-URL&apos;en må ikke indeholde et brugernavn eller en adgangskode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query or a fragment.</source>
        <translation>Basis-URL&apos;en må ikke have en forespørgselsstreng eller et fragment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plain http is allowed only for this computer (127.0.0.1, ::1, localhost); use https.</source>
        <translation>Ren http er kun tilladt for denne computer (127.0.0.1, ::1, localhost); brug https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with https://.</source>
        <translation>Basis-URL&apos;en skal begynde med https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the URL that should receive the webhook deliveries.</source>
        <translation>Indtast den URL, der skal modtage webhook-leveringerne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL is longer than 2048 characters.</source>
        <translation>URL&apos;en er længere end 2048 tegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain spaces or control characters.</source>
        <translation>URL&apos;en må ikke indeholde mellemrum eller kontroltegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL is not a valid absolute URL.</source>
        <translation>URL&apos;en er ikke en gyldig absolut URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https://.</source>
        <translation>URL&apos;en skal begynde med https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL has no host name.</source>
        <translation>URL&apos;en har intet værtsnavn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password.</source>
        <translation>URL&apos;en må ikke indeholde et brugernavn eller en adgangskode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not have a #fragment.</source>
        <translation>URL&apos;en må ikke have et #fragment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Merchant Serial Number is 4 to 7 digits (leave it empty for partner keys).</source>
        <translation>Merchant Serial Number (MSN) er 4 til 7 cifre (lad det være tomt for partnernøgler).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PSP id is 1 to 64 letters, digits, “-”, “_” or “.”.</source>
        <translation>PSP-id&apos;et er 1 til 64 bogstaver, cifre, »-«, »_« eller ».«.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most 30 characters.</source>
        <translation>Højst 30 tegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control characters (such as line breaks) are not allowed.</source>
        <translation>Kontroltegn (f.eks. linjeskift) er ikke tilladt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only plain ASCII characters are allowed in HTTP headers.</source>
        <translation>Kun almindelige ASCII-tegn er tilladt i HTTP-headere.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose at least one event.</source>
        <translation>Vælg mindst én hændelse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an event type.</source>
        <translation>&quot;%1&quot; er ikke en hændelsestype.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many events in one registration.</source>
        <translation>For mange hændelser i én registrering.</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../ui/vaultactions.cpp" line="+28"/>
        <source>Replacement registered. Delete the old registration when deliveries reach the new URL.</source>
        <translation>Erstatning registreret. Slet den gamle registrering, når leveringer når frem til den nye URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The old registration is deleted: the webhook is replaced.</source>
        <translation>Den gamle registrering er slettet: webhooken er erstattet.</translation>
    </message>
</context>
<context>
    <name>VerifyDeliveryDialog</name>
    <message>
        <location filename="../ui/verifydeliverydialog.ui" line="+14"/>
        <source>Verify Delivery</source>
        <translation>Verificér levering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste a delivery exactly as your endpoint received it and choose the secret. The check runs on this computer: nothing is sent anywhere.</source>
        <translation>Indsæt en levering præcis, som dit endepunkt modtog den, og vælg hemmeligheden. Kontrollen kører på denne computer: intet sendes nogen steder.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Webhook and secret</source>
        <translation>Webhook og hemmelighed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Secret:</source>
        <translation>Hemmelighed:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The one &amp;stored on this machine for this webhook</source>
        <translation>Den, der er &amp;gemt på denne maskine for denne webhook</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Typed:</source>
        <translation>&amp;Indtastet:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The webhook&apos;s secret, as returned at registration</source>
        <translation>Webhookens hemmelighed, som den blev returneret ved registreringen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;ny stored secret: find the registration that signed it</source>
        <translation>Alle gemte hemmeligheder: &amp;find den, der signerede</translation>
    </message>
    <message>
        <location filename="../ui/verifydeliverydialog.cpp" line="+27"/>
        <location line="+340"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificér</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Headers present</source>
        <translation>Headere til stede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization header</source>
        <translation>Authorization-header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body hash</source>
        <translation>Hash af indholdet</translation>
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
        <translation>Ingen: ingen registreret URL at sammenligne med, hemmeligheden indtastet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (secret stored)</source>
        <translation>%1 (hemmelighed gemt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id: %1
Events: %2</source>
        <translation>Id: %1
Hændelser: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+12"/>
        <source>Cannot verify yet</source>
        <translation>Kan ikke verificere endnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the webhook&apos;s secret, or choose a webhook whose secret is stored on this machine.</source>
        <translation>Indtast webhookens hemmelighed, eller vælg en webhook, hvis hemmelighed er gemt på denne maskine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the secret…</source>
        <translation>Læser hemmeligheden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>From the keychain of this computer.</source>
        <translation>Fra nøgleringen på denne computer.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No stored secret</source>
        <translation>Ingen gemt hemmelighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret of this webhook is stored on this machine: type it.</source>
        <translation>Der er ingen hemmelighed for denne webhook gemt på denne maskine: indtast den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret could not be read</source>
        <translation>Hemmeligheden kunne ikke læses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The text ended with a line break that is not part of the signed body (copying usually adds one): it was left out.</source>
        <translation>Teksten sluttede med et linjeskift, der ikke er en del af det signerede indhold (kopiering tilføjer normalt et): det blev udeladt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request&apos;s own Host and path were taken as the registered URL: choose the webhook to compare them with the URL it was registered with.</source>
        <translation>Forespørgslens egen Host og sti blev brugt som den registrerede URL: vælg webhooken for at sammenligne dem med den URL, den blev registreret med.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhook-Id: %1 (this delivery&apos;s id, not the registration&apos;s)</source>
        <translation>Webhook-Id: %1 (denne leverings id, ikke registreringens)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying every stored secret…</source>
        <translation>Prøver hver gemt hemmelighed…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Signed with this secret and unchanged since: this delivery is genuine.</source>
        <translation>Signeret med denne hemmelighed og uændret siden: denne levering er ægte.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Failed step: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Mislykket trin: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+49"/>
        <source>VALID</source>
        <translation>GYLDIG</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>NOT VALID</source>
        <translation>IKKE GYLDIG</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Verify says whether the delivery is genuine and, if it is not, which step failed.</source>
        <translation>Verificér fortæller, om leveringen er ægte, og hvis ikke, hvilket trin der mislykkedes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The delivery&apos;s host, path and query are compared with the registered URL %1.</source>
        <translation>Leveringens vært, sti og forespørgselsstreng sammenlignes med den registrerede URL %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No webhook chosen: the delivery&apos;s own URL (in a raw request, its Host header and path) stands for the registered URL.</source>
        <translation>Ingen webhook valgt: leveringens egen URL (i en rå forespørgsel: dens Host-header og sti) står for den registrerede URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a webhook to use the secret stored for it, or type the secret.</source>
        <translation>Vælg en webhook for at bruge den hemmelighed, der er gemt for den, eller indtast hemmeligheden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret of this webhook is stored on this machine: type it. If it is lost, replace the webhook (register its URL again, then delete the old one).</source>
        <translation>Der er ingen hemmelighed for denne webhook gemt på denne maskine: indtast den. Hvis den er mistet, skal du erstatte webhooken (registrér dens URL igen, og slet derefter den gamle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox keeps this secret in memory for this session; it is not shown.</source>
        <translation>Sandkassen opbevarer denne hemmelighed i hukommelsen i denne session; den vises ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from the keychain when you verify; it is not shown.</source>
        <translation>Læses fra nøgleringen, når du verificerer; den vises ikke.</translation>
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
        <translation>Simulér fjernelse fra Vipps MobilePay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;Automatically</source>
        <translation>Opdatér &amp;automatisk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change made on this machine, and what vanished (%1)</source>
        <translation>Hver ændring foretaget på denne maskine, og det, der forsvandt (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Off</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;5 minutes</source>
        <translation>Hvert &amp;5. minut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;15 minutes</source>
        <translation>Hvert &amp;15. minut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;hour</source>
        <translation>Hver &amp;time</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sandbox: remove the selected registrations silently, as Vipps MobilePay removes endpoints that failed for two weeks; the next refresh notices</source>
        <translation>Sandkasse: fjern de valgte registreringer i stilhed, sådan som Vipps MobilePay fjerner endepunkter, der har fejlet i to uger; næste opdatering opdager det</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n webhook registration(s) vanished</source>
        <translation>
            <numerusform>%n webhook-registrering forsvandt</numerusform>
            <numerusform>%n webhook-registreringer forsvandt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed outside Webhook Console (%1, %2): %3</source>
        <translation>Fjernet uden for Webhook Console (%1, %2): %3</translation>
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
        <translation>Hemmelighed:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighed</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/webhookdetailsdialog.cpp" line="+119"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport Secret…</source>
        <translation>Eks&amp;portér hemmelighed…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;move Stored Secret…</source>
        <translation>Fje&amp;rn gemt hemmelighed…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Enter Secret…</source>
        <translation>&amp;Indtast hemmelighed…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Events:</source>
        <translation>Hændelser:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event type</source>
        <translation>Hændelsestype</translation>
    </message>
    <message>
        <location filename="../ui/webhookdetailsdialog.cpp" line="-94"/>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this version&apos;s catalogue)</source>
        <translation>(ikke i denne versions katalog)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Events (%n):</source>
        <translation>
            <numerusform>Hændelser (%n):</numerusform>
            <numerusform>Hændelser (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Test Delivery…</source>
        <translation>Send &amp;testlevering…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a simulated delivery, signed with the stored secret, to this webhook&apos;s URL</source>
        <translation>Send en simuleret levering, signeret med den gemte hemmelighed, til denne webhooks URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;place…</source>
        <translation>&amp;Erstat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new webhook in place of this one and delete this one when you are ready (the API cannot change a registration)</source>
        <translation>Registrér en ny webhook i stedet for denne, og slet denne, når du er klar (API&apos;et kan ikke ændre en registrering)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the stored secret in this dialog</source>
        <translation>Vis den gemte hemmelighed i denne dialog</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copy the stored secret; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Kopiér den gemte hemmelighed; udklipsholderen ryddes efter %n sekund</numerusform>
            <numerusform>Kopiér den gemte hemmelighed; udklipsholderen ryddes efter %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the secret to a file, in clear text</source>
        <translation>Skriv hemmeligheden til en fil i klartekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the secret from this computer&apos;s keychain; the webhook stays registered</source>
        <translation>Slet hemmeligheden fra nøgleringen på denne computer; webhooken forbliver registreret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the secret of a webhook registered elsewhere, so its deliveries can be verified here</source>
        <translation>Gem hemmeligheden for en webhook, der er registreret et andet sted, så dens leveringer kan verificeres her</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kept in memory for this sandbox session (no keychain is available).</source>
        <translation>Opbevares i hukommelsen i denne sandkassesession (ingen nøglering er tilgængelig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in this computer&apos;s keychain.</source>
        <translation>Gemt i nøgleringen på denne computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored on this machine. The API returns a secret only once, at registration: if you have it, enter it; otherwise replace the webhook to get a new secret.</source>
        <translation>Ikke gemt på denne maskine. API&apos;et returnerer kun en hemmelighed én gang, ved registreringen: hvis du har den, så indtast den; ellers skal du erstatte webhooken for at få en ny hemmelighed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This webhook is no longer in the list.</source>
        <translation>Denne webhook er ikke længere på listen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hide</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the secret from the keychain…</source>
        <translation>Læser hemmeligheden fra nøgleringen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain did not give the secret: %1</source>
        <translation>Nøgleringen udleverede ikke hemmeligheden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reveal Secret</source>
        <translation>Vis hemmelighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the secret of this production webhook on screen? Anyone who sees it can make deliveries that your receiver accepts as genuine.</source>
        <translation>Vil du vise hemmeligheden for denne produktions-webhook på skærmen? Alle, der ser den, kan lave leveringer, som din modtager accepterer som ægte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shown on screen</source>
        <translation>vist på skærmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy Secret</source>
        <translation>Kopiér hemmelighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the secret of this production webhook to the clipboard? Anyone who has it can make deliveries that your receiver accepts as genuine.</source>
        <translation>Vil du kopiere hemmeligheden for denne produktions-webhook til udklipsholderen? Alle, der har den, kan lave leveringer, som din modtager accepterer som ægte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copied to the clipboard</source>
        <translation>kopieret til udklipsholderen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopieret. Udklipsholderen ryddes om %n sekund.</numerusform>
            <numerusform>Kopieret. Udklipsholderen ryddes om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Export Secret</source>
        <translation>Eksportér hemmelighed</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file will hold the secret of this webhook in clear text, readable by anyone who can read the file. With it, anyone can make deliveries that your receiver accepts as genuine.

Keep the file only as long as you need it, and never in a shared folder, a backup or version control. Export anyway?</source>
        <translation>Filen vil indeholde denne webhooks hemmelighed i klartekst, læsbar for alle, der kan læse filen. Med den kan hvem som helst lave leveringer, som din modtager accepterer som ægte.

Behold kun filen, så længe du har brug for den, og aldrig i en delt mappe, en sikkerhedskopi eller versionsstyring. Vil du eksportere alligevel?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstfiler (*.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to %1, readable by you only. The file holds the secret in clear text: delete it when you no longer need it.</source>
        <translation>Eksporteret til %1, kun læsbar for dig. Filen indeholder hemmeligheden i klartekst: slet den, når du ikke længere har brug for den.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Stored Secret</source>
        <translation>Fjern gemt hemmelighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the secret of this webhook from this computer? The webhook stays registered with Vipps MobilePay, but this console can no longer verify its deliveries or sign test deliveries. The API never shows a secret again: you can only enter it again if you have it elsewhere.</source>
        <translation>Vil du fjerne denne webhooks hemmelighed fra denne computer? Webhooken forbliver registreret hos Vipps MobilePay, men denne konsol kan ikke længere verificere dens leveringer eller signere testleveringer. API&apos;et viser aldrig en hemmelighed igen: du kan kun indtaste den igen, hvis du har den et andet sted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keychain did not remove the secret: %1</source>
        <translation>Nøgleringen fjernede ikke hemmeligheden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored secret was removed from this computer.</source>
        <translation>Den gemte hemmelighed blev fjernet fra denne computer.</translation>
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
        <translation>Denne webhooks hemmelighed er gemt i nøgleringen på denne computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret for this webhook on this computer. Enter it if you have it, or replace the webhook to get a new one.</source>
        <translation>Ingen hemmelighed for denne webhook på denne computer. Indtast den, hvis du har den, eller erstat webhooken for at få en ny.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret. Verify a delivery with the secret of the registration that sent it, or delete the extra registrations.</source>
        <translation>
            <numerusform>Denne URL har %n registrering: hver hændelse ankommer én gang pr. registrering, hver signeret med sin egen hemmelighed. Verificér en levering med hemmeligheden for den registrering, der sendte den, eller slet de ekstra registreringer.</numerusform>
            <numerusform>Denne URL har %n registreringer: hver hændelse ankommer én gang pr. registrering, hver signeret med sin egen hemmelighed. Verificér en levering med hemmeligheden for den registrering, der sendte den, eller slet de ekstra registreringer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the webhook&apos;s secret is stored on this machine</source>
        <translation>Om webhookens hemmelighed er gemt på denne maskine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secret here</source>
        <translation>Hemmelighed her</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Hændelser</translation>
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
        <translation>Det kunne ikke kontrolleres, om webhooken blev registreret: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It has not been registered: the list of webhooks shows no new registration with this URL and events.</source>
        <translation>Den er ikke blevet registreret: listen over webhooks viser ingen ny registrering med denne URL og disse hændelser.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Whether it was registered cannot be told: the list before the attempt failed (%1), and %n registration(s) with this URL and events exist now. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>Det kan ikke afgøres, om den blev registreret: listen før forsøget mislykkedes (%1), og der findes nu %n registrering med denne URL og disse hændelser. Kontrollér listen, før du sletter nogen af dem.</numerusform>
            <numerusform>Det kan ikke afgøres, om den blev registreret: listen før forsøget mislykkedes (%1), og der findes nu %n registreringer med denne URL og disse hændelser. Kontrollér listen, før du sletter nogen af dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n new registrations with this URL and events appeared (another program may be registering too): which one this attempt made cannot be told. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>%n ny registrering med denne URL og disse hændelser dukkede op (et andet program registrerer måske også): det kan ikke afgøres, hvilken dette forsøg oprettede. Kontrollér listen, før du sletter nogen af dem.</numerusform>
            <numerusform>%n nye registreringer med denne URL og disse hændelser dukkede op (et andet program registrerer måske også): det kan ikke afgøres, hvilken dette forsøg oprettede. Kontrollér listen, før du sletter nogen af dem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The webhook was registered (id %1), but its secret was not received. Delete it and register again to get a secret.</source>
        <translation>Webhooken blev registreret (id %1), men dens hemmelighed blev ikke modtaget. Slet den, og registrér igen for at få en hemmelighed.</translation>
    </message>
</context>
<context>
    <name>WebhookTablePage</name>
    <message>
        <location filename="../ui/webhooktablepage.cpp" line="-267"/>
        <source>&amp;Register a webhook…</source>
        <translation>&amp;Registrér en webhook…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the filter</source>
        <translation>R&amp;yd filteret</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by URL, event or id (Ctrl+F)</source>
        <translation>Filtrér efter URL, hændelse eller id (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Re&amp;view…</source>
        <translation>&amp;Gennemgå…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the orphaned secrets and remove them</source>
        <translation>Vis de forældreløse hemmeligheder, og fjern dem</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No webhooks are registered here yet.
Register one to have Vipps MobilePay tell your systems about payments.</source>
        <translation>Der er endnu ingen webhooks registreret her.
Registrér en, så Vipps MobilePay kan underrette dine systemer om betalinger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No webhook matches “%1”.</source>
        <translation>Ingen webhook matcher »%1«.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Copy &amp;URL</source>
        <translation>Kopiér &amp;URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;URLs</source>
        <translation>Kopiér &amp;URL&apos;er</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;id</source>
        <translation>Kopiér &amp;id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;ids</source>
        <translation>Kopiér &amp;id&apos;er</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as &amp;JSON</source>
        <translation>Kopiér som &amp;JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>&amp;Detaljer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register &amp;similar…</source>
        <translation>Registrér &amp;lignende…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;place…</source>
        <translation>&amp;Erstat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new URL in place of this webhook, then delete this one</source>
        <translation>Registrér en ny URL i stedet for denne webhook, og slet derefter denne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>De&amp;lete %n…</source>
        <translation>
            <numerusform>&amp;Slet %n…</numerusform>
            <numerusform>&amp;Slet %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Stored on this computer for webhooks that no longer exist: %n secret(s).</source>
        <translation>
            <numerusform>Gemt på denne computer for webhooks, der ikke længere findes: %n hemmelighed.</numerusform>
            <numerusform>Gemt på denne computer for webhooks, der ikke længere findes: %n hemmeligheder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhooksClient</name>
    <message>
        <location filename="../app/core/webhooksclient.cpp" line="+146"/>
        <source>Vipps-System header &quot;%1&quot;: %2</source>
        <translation>Vipps-System-headeren &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client_id, client_secret and subscription key are all required.</source>
        <translation>client_id, client_secret og abonnementsnøglen skal alle udfyldes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API keys contain characters that cannot be sent in an HTTP header.</source>
        <translation>API-nøglerne indeholder tegn, der ikke kan sendes i en HTTP-header.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer is larger than %1 MiB and was refused.</source>
        <translation>Svaret er større end %1 MiB og blev afvist.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+100"/>
        <source>The deadline of %n second(s) passed before the API answered.</source>
        <translation>
            <numerusform>Tidsfristen på %n sekund udløb, før API&apos;et svarede.</numerusform>
            <numerusform>Tidsfristen på %n sekunder udløb, før API&apos;et svarede.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The connection closed before the API answered.</source>
        <translation>Forbindelsen blev lukket, før API&apos;et svarede.</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+149"/>
        <source>Getting an access token</source>
        <translation>Hentning af adgangstoken</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The API answered with a redirect to %1, which is not followed.</source>
        <translation>API&apos;et svarede med en omdirigering til %1, som ikke følges.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token was refused twice.</source>
        <translation>Adgangstokenet blev afvist to gange.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>The deadline of %n second(s) left no time to try again.</source>
        <translation>
            <numerusform>Tidsfristen på %n sekund gav ikke tid til at prøve igen.</numerusform>
            <numerusform>Tidsfristen på %n sekunder gav ikke tid til at prøve igen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing webhooks</source>
        <translation>Hentning af webhooks</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Registering a webhook</source>
        <translation>Registrering af webhook</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleting webhook %1</source>
        <translation>Sletning af webhook %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a webhook id (a UUID).</source>
        <translation>&quot;%1&quot; er ikke et webhook-id (et UUID).</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.ui" line="+63"/>
        <source>&lt;h2&gt;Welcome to Webhook Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Velkommen til Webhook Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register, list and delete the webhooks through which Vipps MobilePay tells your systems about payments, agreements and check-ins.</source>
        <translation>Registrér, vis og slet de webhooks, som Vipps MobilePay bruger til at underrette dine systemer om betalinger, aftaler og check-ins.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need the API keys of your sales unit (client_id, client_secret and the subscription key), from the business portal under “For developers”. They are kept in this computer&apos;s keychain.</source>
        <translation>Du skal bruge API-nøglerne til dit salgssted (client_id, client_secret og abonnementsnøglen) fra erhvervsportalen under »For udviklere«. De gemmes i nøgleringen på denne computer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add your API keys…</source>
        <translation>&amp;Tilføj dine API-nøgler…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Prøv sandkassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a sandbox API inside this program with a few sample webhooks. No keys needed; nothing reaches Vipps MobilePay.</source>
        <translation>Åbner et sandkasse-API i dette program med nogle eksempel-webhooks. Ingen nøgler er nødvendige; intet når Vipps MobilePay.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sandbox runs inside this program with a few sample webhooks: try registering and deleting without keys. Nothing reaches Vipps MobilePay.</source>
        <translation>Sandkassen kører i dette program med nogle eksempel-webhooks: prøv at registrere og slette uden nøgler. Intet når Vipps MobilePay.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+36"/>
        <source>Open the profile &lt;name&gt;.</source>
        <translation>Åbn profilen &lt;navn&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the built-in sandbox API (sample data, no keys needed).</source>
        <translation>Åbn det indbyggede sandkasse-API (eksempeldata, ingen nøgler nødvendige).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manage Vipps MobilePay webhooks from the desktop.</source>
        <translation>Administrer Vipps MobilePay-webhooks fra skrivebordet.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The extra certificate authorities could not be loaded</source>
        <translation>De ekstra certifikatudstedere kunne ikke indlæses</translation>
    </message>
</context>
</TS>
