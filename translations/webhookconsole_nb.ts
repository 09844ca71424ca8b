<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/apierror.cpp" line="+57"/>
        <source>Network error</source>
        <translation>Nettverksfeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS error</source>
        <translation>TLS-feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Tidsavbrudd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP error</source>
        <translation>HTTP-feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed</source>
        <translation>Autentiseringen mislyktes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable answer</source>
        <translation>Uleselig svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>Ugyldig inndata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 mislyktes: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed (%2)</source>
        <translation>%1 mislyktes (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title: %1</source>
        <translation>Tittel: %1</translation>
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
        <translation>Sporings-ID (trace id): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Prøv igjen om: %n sekund</numerusform>
            <numerusform>Prøv igjen om: %n sekunder</numerusform>
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
        <translation>Kontroller client_id, client_secret og abonnementsnøkkelen. Testnøkler virker ikke mot produksjon, og produksjonsnøkler virker ikke mot testmiljøet: disse nøklene kan høre til det andre miljøet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate was not accepted. Check the base URL and the system&apos;s certificate authorities; the console never ignores certificate errors.</source>
        <translation>Serverens sertifikat ble ikke godtatt. Kontroller basis-URL-en og systemets sertifiseringsinstanser; konsollen overser aldri sertifikatfeil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time. Check the network connection and try again.</source>
        <translation>Serveren svarte ikke i tide. Kontroller nettverkstilkoblingen og prøv igjen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the base URL.</source>
        <translation>Kontroller nettverkstilkoblingen og basis-URL-en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys are not authorised for this sales unit or product. Check the Merchant Serial Number, or use partner keys without one.</source>
        <translation>Disse nøklene har ikke tilgang til dette salgsstedet eller produktet. Kontroller Merchant Serial Number (MSN), eller bruk partnernøkler uten MSN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API is rate limiting these keys. Wait a moment and try again.</source>
        <translation>API-et begrenser antall forespørsler for disse nøklene. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API had a problem. Try again later; if it persists, give Vipps MobilePay support the trace id.</source>
        <translation>API-et hadde et problem. Prøv igjen senere; hvis det vedvarer, gi Vipps MobilePay-kundeservice sporings-ID-en (trace id).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server</source>
        <translation>serveren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection: nothing answers at that address and port.</source>
        <translation>%1 avviste tilkoblingen: ingenting svarer på den adressen og porten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection before it answered.</source>
        <translation>%1 lukket tilkoblingen før den svarte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 was not found: check the address and the network connection.</source>
        <translation>Verten %1 ble ikke funnet: kontroller adressen og nettverkstilkoblingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 timed out.</source>
        <translation>Tilkoblingen til %1 fikk tidsavbrudd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled.</source>
        <translation>Forespørselen ble avbrutt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection (TLS) to %1 could not be set up.</source>
        <translation>En sikker tilkobling (TLS) til %1 kunne ikke opprettes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network is not available: check the network connection.</source>
        <translation>Nettverket er ikke tilgjengelig: kontroller nettverkstilkoblingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The network proxy could not be used: check the proxy settings.</source>
        <translation>Nettverksproxyen kunne ikke brukes: kontroller proxyinnstillingene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Tilkoblingen til %1 mislyktes (nettverksfeil %2).</translation>
    </message>
</context>
<context>
    <name>ApiParsers</name>
    <message>
        <location filename="../app/core/apiparsers.cpp" line="+21"/>
        <source>The answer&apos;s field &quot;%1&quot; %2.</source>
        <translation>Feltet «%1» i svaret %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is not valid JSON (%1 at offset %2).</source>
        <translation>Svaret er ikke gyldig JSON (%1 ved posisjon %2).</translation>
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
        <translation>er ikke et tall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is out of range</source>
        <translation>er utenfor gyldig område</translation>
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
        <translation>inneholder noe annet enn tekst</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <location filename="../app/storage/changehistory.cpp" line="+143"/>
        <source>Registered</source>
        <translation>Registrert</translation>
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
        <translation>Brukte en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret entered</source>
        <translation>Hemmelighet lagt inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret revealed</source>
        <translation>Hemmelighet vist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret exported</source>
        <translation>Hemmelighet eksportert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret removed</source>
        <translation>Hemmelighet fjernet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed outside this console</source>
        <translation>Fjernet utenfor denne konsollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeared from elsewhere</source>
        <translation>Dukket opp fra et annet sted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>started, outcome unknown</source>
        <translation>startet, utfall ukjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>lyktes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noticed</source>
        <translation>oppdaget</translation>
    </message>
</context>
<context>
    <name>ChangesBanner</name>
    <message>
        <location filename="../ui/watchactions.cpp" line="+36"/>
        <source>%1 (%2; id %3)</source>
        <translation>%1 (%2; ID %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register Again…</source>
        <translation>Registrer på nytt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Historikk…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register the vanished webhook again: its URL is checked first, and it gets a new secret.</source>
        <translation>Registrer den forsvunne webhooken på nytt: URL-en sjekkes først, og den får en ny hemmelighet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n registration(s) removed outside this console between %1 and %2 — Vipps MobilePay removes endpoints that failed for two weeks:</source>
        <translation>
            <numerusform>%n registrering fjernet utenfor denne konsollen mellom %1 og %2 — Vipps MobilePay fjerner endepunkter som har feilet i to uker:</numerusform>
            <numerusform>%n registreringer fjernet utenfor denne konsollen mellom %1 og %2 — Vipps MobilePay fjerner endepunkter som har feilet i to uker:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n registration(s) appeared from elsewhere:</source>
        <translation>
            <numerusform>%n registrering dukket opp fra et annet sted:</numerusform>
            <numerusform>%n registreringer dukket opp fra et annet sted:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/checkurlcommand.cpp" line="+61"/>
        <source>check-url needs exactly one URL.</source>
        <translation>check-url trenger nøyaktig én URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is set: loopback addresses pass with a warning. For tests only.</source>
        <translation>%1 er satt: loopback-adresser godtas med en advarsel. Bare for testing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 as Vipps MobilePay would call it:</source>
        <translation>Sjekker %1 slik Vipps MobilePay ville kalt den:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The test POST was signed with a made-up secret (give the real one with --secret-stdin to check signature verification too).</source>
        <translation>Test-POST-en ble signert med en oppdiktet hemmelighet (oppgi den ekte med --secret-stdin for å sjekke signaturverifiseringen også).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result: fail. Fix the failed checks before registering.</source>
        <translation>Resultat: ikke bestått. Rett opp de mislykkede sjekkene før du registrerer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: pass, with warnings.</source>
        <translation>Resultat: bestått, med advarsler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: pass.</source>
        <translation>Resultat: bestått.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+17"/>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the version.</source>
        <translation>Vis versjonen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: %1 [options] %2</source>
        <translation>Bruk: %1 [valg] %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The command to run.</source>
        <translation>Kommandoen som skal kjøres.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>Ingen kommando er oppgitt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;profile&quot; needs add, list or remove.</source>
        <translation>«profile» trenger add, list eller remove.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Ukjent kommando «%1».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; takes no arguments besides its options; &quot;%2&quot; is one too many.</source>
        <translation>«%1» tar ingen argumenter utover valgene sine; «%2» er ett for mye.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>See &quot;%1&quot;.</source>
        <translation>Se «%1».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manages Vipps MobilePay webhooks: lists, registers and deletes them with the same core as the Webhook Console window.</source>
        <translation>Administrerer Vipps MobilePay-webhooks: viser, registrerer og sletter dem med den samme kjernen som Webhook Console-vinduet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each command takes --help, and the options above after it as well.</source>
        <translation>Hver kommando tar --help, og også valgene ovenfor etter seg.</translation>
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
      API-nøklene når --profile ikke er oppgitt (hemmeligheter tas aldri imot som argumenter)
  VIPPS_MSN
      Merchant-Serial-Number når --profile ikke er oppgitt; ikke satt for partnernøkler
  WEBHOOK_CONSOLE_CA_FILE
      en PEM-fil med flere sertifiseringsinstanser å stole på (en test- eller bedrifts-CA)
  WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT=1
      bare for testing: check-url godtar loopback-adresser med en advarsel</translation>
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
        <translation>  0  vellykket
  1  API-et avviste forespørselen (en annen 4xx enn autentisering), eller inndataene var ugyldige
  2  bruksfeil (også: manglende API-nøkler, register eller delete i produksjon uten --yes og uten terminal)
  3  autentiseringen mislyktes
  4  feil i nettverk, TLS, tidsavbrudd, server (5xx) eller uleselig svar, eller nøkkelringen feilet
verify: 0 gyldig, 1 ikke gyldig, 2 bruksfeil eller ubrukelige inndata (ingen hemmelighet, uleselig fil).
send-test: 1 også når mottakeren svarte noe annet enn 2xx. check-url: 1 når en sjekk mislyktes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check: 7 when a registration vanished without this console, 1 when a probe found a problem.</source>
        <translation>check: 7 når en registrering forsvant uten denne konsollen, 1 når en sondering fant et problem.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+43"/>
        <source>Unknown environment &quot;%1&quot;: use test or production.</source>
        <translation>Ukjent miljø «%1»: bruk test eller production.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The base URL &quot;%1&quot; cannot be used: %2</source>
        <translation>Basis-URL-en «%1» kan ikke brukes: %2</translation>
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
        <translation>Det finnes ingen lagrede profiler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved profiles: %1.</source>
        <translation>Lagrede profiler: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is named &quot;%1&quot;. %2</source>
        <translation>Ingen profil heter «%1». %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Profile &quot;%1&quot; uses the window&apos;s embedded sandbox. Start one with &quot;webhook-console-cli sandbox&quot; and pass its URL with --base-url.</source>
        <translation>Profilen «%1» bruker vinduets innebygde sandkasse. Start en med «webhook-console-cli sandbox» og oppgi URL-en med --base-url.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No API keys: set %1, or use --profile NAME (see &quot;profile add&quot;).</source>
        <translation>Ingen API-nøkler: sett %1, eller bruk --profile NAME (se «profile add»).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No API keys are stored for profile &quot;%1&quot;. Remove it and add it again with &quot;profile add&quot;.</source>
        <translation>Ingen API-nøkler er lagret for profilen «%1». Fjern den og legg den til på nytt med «profile add».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the API keys of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>Kunne ikke lese API-nøklene til profilen «%1» fra nøkkelringen: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--timeout takes a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout tar et helt antall sekunder fra 1 til %1, ikke «%2».</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: waiting %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1: venter %n sekund før nytt forsøk.</numerusform>
            <numerusform>%1: venter %n sekunder før nytt forsøk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Webhook secret: </source>
        <translation>Webhook-hemmelighet: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--secret-stdin: standard input ended before the secret was read.</source>
        <translation>--secret-stdin: standardinndata tok slutt før hemmeligheten ble lest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--secret-stdin: the secret on standard input is empty.</source>
        <translation>--secret-stdin: hemmeligheten på standardinndata er tom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>See &quot;webhook-console-cli --help&quot;.</source>
        <translation>Se «webhook-console-cli --help».</translation>
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
        <translation>ID, URL og hendelser for hver webhook; --json skriver ut {&quot;webhooks&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The https URL that receives the events.</source>
        <translation>https-URL-en som mottar hendelsene.</translation>
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
        <translation>En hendelsestype (se «events»); gjenta valget, eller skill typene med komma.</translation>
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
        <translation>Skriv også ut hemmeligheten til webhooken (den returneres bare én gang).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deletes webhooks and their stored secrets. In production it refuses without --yes unless confirmed at a terminal.</source>
        <translation>Sletter webhooks og de lagrede hemmelighetene deres. I produksjon nekter kommandoen uten --yes, med mindre det bekreftes i en terminal.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Do not ask for confirmation in production.</source>
        <translation>Ikke be om bekreftelse i produksjon.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Registers a webhook and prints its id (and with --show-secret its secret on the next line); the secret is stored in the keychain under the profile, environment, MSN and id. --json prints {&quot;id&quot;: ..., &quot;secretStored&quot;: true|false}. In production it refuses without --yes unless confirmed at a terminal.</source>
        <translation>Registrerer en webhook og skriver ut ID-en (og med --show-secret hemmeligheten på neste linje); hemmeligheten lagres i nøkkelringen under profilen, miljøet, MSN og ID-en. --json skriver ut {&quot;id&quot;: ..., &quot;secretStored&quot;: true|false}. I produksjon nekter kommandoen uten --yes, med mindre det bekreftes i en terminal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The id of a webhook (a UUID, as &quot;list&quot; shows it).</source>
        <translation>ID-en til en webhook (en UUID, slik «list» viser den).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks a callback URL before it is registered, as Vipps MobilePay would call it: https, a common port, a public address, TLS 1.2+ with a trusted certificate, no redirect, and a signed test POST answered 2xx in time. Prints each check with pass, warn or fail and the reason; exits 1 when one failed (warnings allowed). --json prints {&quot;url&quot;, &quot;overall&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;title&quot;, &quot;outcome&quot;, &quot;reason&quot;}, ...]}.</source>
        <translation>Sjekker en callback-URL før den registreres, slik Vipps MobilePay ville kalt den: https, en vanlig port, en offentlig adresse, TLS 1.2+ med et klarert sertifikat, ingen omdirigering og en signert test-POST besvart med 2xx i tide. Skriver ut hver sjekk med pass, warn eller fail og årsaken; avslutter med 1 når en sjekk mislyktes (advarsler er tillatt). --json skriver ut {&quot;url&quot;, &quot;overall&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;title&quot;, &quot;outcome&quot;, &quot;reason&quot;}, ...]}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign the test POST with this secret, read as one line from standard input (default: a made-up one).</source>
        <translation>Signer test-POST-en med denne hemmeligheten, lest som én linje fra standardinndata (standard: en oppdiktet en).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The https URL to check.</source>
        <translation>https-URL-en som skal sjekkes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a SIMULATED delivery of an event to a webhook&apos;s URL (from &quot;list&quot;, or --url), signed as Vipps MobilePay signs deliveries with the webhook&apos;s secret stored on this machine and marked X-Webhook-Console-Test: true. Prints the status, the time taken and the start of the answer; exits 0 on 2xx, 1 on any other answer, 4 when no answer came (network, TLS, timeout).</source>
        <translation>Sender en SIMULERT levering av en hendelse til URL-en til en webhook (fra «list», eller --url), signert slik Vipps MobilePay signerer leveringer, med webhookens hemmelighet som er lagret på denne maskinen, og merket X-Webhook-Console-Test: true. Skriver ut statusen, tiden det tok og begynnelsen av svaret; avslutter med 0 ved 2xx, 1 ved alle andre svar og 4 når det ikke kom noe svar (nettverk, TLS, tidsavbrudd).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The event type to simulate (one of the webhook&apos;s).</source>
        <translation>Hendelsestypen som skal simuleres (en av webhookens).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to this URL instead of the registered one (the webhook&apos;s events are then not looked up).</source>
        <translation>Send til denne URL-en i stedet for den registrerte (webhookens hendelser slås da ikke opp).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the event even when the webhook does not receive it.</source>
        <translation>Send hendelsen selv om webhooken ikke mottar den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of a webhook whose secret is stored on this machine.</source>
        <translation>ID-en til en webhook som har hemmeligheten lagret på denne maskinen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks that a delivery is genuine: signed by Vipps MobilePay with the webhook&apos;s secret for its URL. Prints &quot;valid&quot; (exit 0), or &quot;not valid&quot; and which step failed on stderr (exit 1). Exit 2: usage, an unreadable file, or no secret. With --webhook-id and --raw-file but no --url, the registered URL is looked up in the list of webhooks when API keys are at hand. --json prints {&quot;valid&quot;, &quot;failure&quot;: &quot;bodyHash|url|signature|authorization|missingHeader|none&quot;, &quot;reason&quot;}. With --any-secret: every stored secret is tried; --json prints {&quot;valid&quot;, &quot;profile&quot;, &quot;environment&quot;, &quot;msn&quot;, &quot;id&quot;, &quot;step&quot;}.</source>
        <translation>Sjekker at en levering er ekte: signert av Vipps MobilePay med webhookens hemmelighet for URL-en. Skriver ut «gyldig» (avslutningskode 0), eller «ikke gyldig» og hvilket steg som mislyktes på stderr (avslutningskode 1). Avslutningskode 2: bruksfeil, en uleselig fil eller ingen hemmelighet. Med --webhook-id og --raw-file, men uten --url, slås den registrerte URL-en opp i listen over webhooks når API-nøkler er tilgjengelige. --json skriver ut {&quot;valid&quot;, &quot;failure&quot;: &quot;bodyHash|url|signature|authorization|missingHeader|none&quot;, &quot;reason&quot;}. Med --any-secret prøves hver lagrede hemmelighet; --json skriver ut {&quot;valid&quot;, &quot;profile&quot;, &quot;environment&quot;, &quot;msn&quot;, &quot;id&quot;, &quot;step&quot;}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gets an access token and prints when it expires, never the token.</source>
        <translation>Henter et tilgangstoken og skriver ut når det utløper, aldri selve tokenet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event catalogue; --json prints [{&quot;type&quot;, &quot;product&quot;, &quot;name&quot;}, ...].</source>
        <translation>Hendelseskatalogen; --json skriver ut [{&quot;type&quot;, &quot;product&quot;, &quot;name&quot;}, ...].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists every sales unit the profiles reach (all saved profiles when none is named) and compares each list with the one before: prints the registrations that vanished (Vipps MobilePay removes endpoints that failed for two weeks) or appeared without this console, also those the window noticed since the last check. Exit code 7 when something vanished. --json prints {&quot;vanished&quot;:[...],&quot;appeared&quot;:[...],&quot;profiles&quot;:[...]}.</source>
        <translation>Lister hvert salgssted profilene når (alle lagrede profiler når ingen er oppgitt) og sammenligner hver liste med den forrige: skriver ut registreringene som forsvant (Vipps MobilePay fjerner endepunkter som har feilet i to uker) eller dukket opp uten denne konsollen, også dem vinduet oppdaget siden forrige sjekk. Avslutningskode 7 når noe forsvant. --json skriver ut {&quot;vanished&quot;:[...],&quot;appeared&quot;:[...],&quot;profiles&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also probe every registered URL: name lookup, TLS (a certificate that expires within 14 days is a problem), and a signed test POST answered within 10 s (test environment only).</source>
        <translation>Sonder også hver registrerte URL: navneoppslag, TLS (et sertifikat som utløper innen 14 dager er et problem) og en signert test-POST besvart innen 10 s (bare i testmiljøet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --probe: send the signed test POST to production endpoints too.</source>
        <translation>Med --probe: send den signerte test-POST-en til endepunkter i produksjon også.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved profile to check.</source>
        <translation>En lagret profil som skal sjekkes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change either program made on this machine (register, delete, replace, secrets entered, revealed, exported or removed) and every registration that vanished or appeared, oldest first; never a secret. --profile, --env and --msn (&quot;partner&quot; for partner keys) narrow it. --json prints {&quot;entries&quot;:[...]}.</source>
        <translation>Hver endring et av programmene har gjort på denne maskinen (registrere, slette, erstatte, hemmeligheter lagt inn, vist, eksportert eller fjernet) og hver registrering som forsvant eller dukket opp, eldste først; aldri en hemmelighet. --profile, --env og --msn (&quot;partner&quot; for partnernøkler) avgrenser. --json skriver ut {&quot;entries&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only changes from this date or time on.</source>
        <translation>Bare endringer fra og med denne datoen eller dette tidspunktet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this action: register, delete, replace, apply, secret-entered, secret-revealed, secret-exported, secret-removed, vanished, appeared.</source>
        <translation>Bare denne handlingen: register, delete, replace, apply, secret-entered, secret-revealed, secret-exported, secret-removed, vanished, appeared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print comma-separated values with a header line.</source>
        <translation>Skriv ut kommaseparerte verdier med en overskriftslinje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs the sandbox API in the foreground until interrupted and prints its base URL and keys.</source>
        <translation>Kjører sandkasse-API-et i forgrunnen til det avbrytes, og skriver ut basis-URL-en og nøklene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port to listen on (default: any free port).</source>
        <translation>Porten det skal lyttes på (standard: hvilken som helst ledig port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve HTTPS with this PEM certificate and the PEM key given after it.</source>
        <translation>Bruk HTTPS med dette PEM-sertifikatet og PEM-nøkkelen som oppgis etter det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the registrations from this JSON file, if it exists, and save them there on exit.</source>
        <translation>Last inn registreringene fra denne JSON-filen hvis den finnes, og lagre dem der ved avslutning.</translation>
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
        <translation>Den private PEM-nøkkelen til --https-sertifikatet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saves a profile. client_id, client_secret and the subscription key come from VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET and VIPPS_SUBSCRIPTION_KEY when set, else from the terminal without echo (from standard input, one a line, when it is not a terminal), and go to the OS keychain.</source>
        <translation>Lagrer en profil. client_id, client_secret og abonnementsnøkkelen hentes fra VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET og VIPPS_SUBSCRIPTION_KEY når de er satt, ellers fra terminalen uten ekko (fra standardinndata, én per linje, når det ikke er en terminal), og lagres i operativsystemets nøkkelring.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The name of the profile.</source>
        <translation>Navnet på profilen.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The saved profiles.</source>
        <translation>De lagrede profilene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes a profile, its API keys and its stored webhook secrets.</source>
        <translation>Fjerner en profil, API-nøklene og de lagrede webhook-hemmelighetene.</translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="+87"/>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deletecommand.cpp" line="+43"/>
        <source>Refusing to delete in production without --yes: there is no terminal to confirm at. Nothing was deleted.</source>
        <translation>Nekter å slette i produksjon uten --yes: det finnes ingen terminal å bekrefte i. Ingenting ble slettet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed. Nothing was deleted.</source>
        <translation>Ikke bekreftet. Ingenting ble slettet.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>delete needs at least one webhook id (see &quot;list&quot;).</source>
        <translation>delete trenger minst én webhook-ID (se «list»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/sendtestcommand.cpp" line="+100"/>
        <source>&quot;%1&quot; is not a webhook id (a UUID).</source>
        <translation>«%1» er ikke en webhook-ID (en UUID).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n webhook(s) in PRODUCTION for %1?</source>
        <translation>
            <numerusform>Slette %n webhook i PRODUKSJON for %1?</numerusform>
            <numerusform>Slette %n webhooks i PRODUKSJON for %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not attempted: %1</source>
        <translation>Ikke forsøkt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attempted</source>
        <translation>ikke forsøkt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted %1, but its stored secret could not be removed from the keychain: %2</source>
        <translation>Slettet %1, men den lagrede hemmeligheten kunne ikke fjernes fra nøkkelringen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already gone: %1</source>
        <translation>Allerede borte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted %1</source>
        <translation>Slettet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="+35"/>
        <source>(at most %n per sales unit)</source>
        <translation>
            <numerusform>(høyst %n per salgssted)</numerusform>
            <numerusform>(høyst %n per salgssted)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/globaloptions.cpp" line="-12"/>
        <source>A saved profile (its API keys come from the OS keychain).</source>
        <translation>En lagret profil (API-nøklene hentes fra operativsystemets nøkkelring).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment (default: the profile&apos;s, else test); with --base-url, which environment that server is.</source>
        <translation>Miljøet (standard: profilens, ellers test); med --base-url: hvilket miljø den serveren er.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An explicit API base URL (https, or http for loopback only). api.vipps.no is production; any other host but apitest.vipps.no and loopback is guarded as production unless --env test declares it.</source>
        <translation>En eksplisitt basis-URL for API-et (https, eller http bare for loopback). api.vipps.no er produksjon; alle andre verter enn apitest.vipps.no og loopback beskyttes som produksjon, med mindre --env test angir at de er test.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merchant-Serial-Number; omit it for partner keys.</source>
        <translation>Merchant-Serial-Number; utelat det for partnernøkler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PSP&apos;s id, sent as Psp-Id on every webhooks call (--msn is then the merchant&apos;s MSN).</source>
        <translation>En PSPs ID, sendt som Psp-Id i hvert webhooks-kall (--msn er da bedriftens MSN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-readable output on stdout.</source>
        <translation>Maskinlesbar utdata på stdout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline of each operation in seconds, retries included (default 30).</source>
        <translation>Tidsfrist for hver operasjon i sekunder, nye forsøk inkludert (standard 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="-89"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No profiles to check: add one with &quot;profile add&quot;.</source>
        <translation>Ingen profiler å sjekke: legg til en med &quot;profile add&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Det finnes ingen profil &quot;%1&quot;.</translation>
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
        <translation>partnernøkler</translation>
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
        <translation>(Ingen test-POST ble sendt til dette endepunktet i produksjon; --probe-production sender en.)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>VANISHED %1 %2 %3 (%4, %5): removed outside this console between %6 and %7. Vipps MobilePay removes endpoints that failed for two weeks.</source>
        <translation>FORSVANT %1 %2 %3 (%4, %5): fjernet utenfor denne konsollen mellom %6 og %7. Vipps MobilePay fjerner endepunkter som har feilet i to uker.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>APPEARED %1 %2 %3 (%4, %5): registered outside this console.</source>
        <translation>DUKKET OPP %1 %2 %3 (%4, %5): registrert utenfor denne konsollen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing vanished or appeared since the last check.</source>
        <translation>Ingenting har forsvunnet eller dukket opp siden forrige sjekk.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="-18"/>
        <source>%1 (%2) is gone since the last list, removed outside this console. Vipps MobilePay removes endpoints that failed for two weeks. See &quot;history&quot;.</source>
        <translation>%1 (%2) er borte siden forrige liste, fjernet utenfor denne konsollen. Vipps MobilePay fjerner endepunkter som har feilet i to uker. Se &quot;history&quot;.</translation>
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
        <translation>Standardinndata tok slutt før %1 ble lest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is empty.</source>
        <translation>%1 er tom.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, guarded as %2</source>
        <translation>%1, beskyttet som %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add trenger nøyaktig ett NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile add needs --env test|production or --base-url URL.</source>
        <translation>profile add trenger --env test|production eller --base-url URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile named &quot;%1&quot; exists already; remove it first.</source>
        <translation>Det finnes allerede en profil med navnet «%1»; fjern den først.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare which environment %1 is: add --env test or --env production.</source>
        <translation>Angi hvilket miljø %1 er: legg til --env test eller --env production.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile was not saved</source>
        <translation>Profilen ble ikke lagret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved profile &quot;%1&quot; (%2, %3); its API keys are in the keychain.</source>
        <translation>Lagret profilen «%1» (%2, %3); API-nøklene ligger i nøkkelringen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile list takes no arguments.</source>
        <translation>profile list tar ingen argumenter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PSP %1</source>
        <translation>PSP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no saved profiles (see &quot;profile add&quot;).</source>
        <translation>Det finnes ingen lagrede profiler (se «profile add»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile remove needs exactly one NAME.</source>
        <translation>profile remove trenger nøyaktig ett NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation>Ingen profil heter «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile was not removed</source>
        <translation>Profilen ble ikke fjernet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed profile &quot;%1&quot;, its API keys and its stored secrets.</source>
        <translation>Fjernet profilen «%1», API-nøklene og de lagrede hemmelighetene.</translation>
    </message>
    <message>
        <location filename="../app/cli/registercommand.cpp" line="+37"/>
        <source>Registering partner-wide (no MSN): this webhook fires for every sales unit of the partner, present and future.</source>
        <translation>Registrerer for hele partneren (ingen MSN): denne webhooken utløses for hvert salgssted partneren har, nåværende og fremtidige.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not reachable from the internet; Vipps MobilePay cannot deliver to it.</source>
        <translation>%1 kan ikke nås fra internett; Vipps MobilePay kan ikke levere dit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the event catalogue; sending it as it is.</source>
        <translation>%1 finnes ikke i hendelseskatalogen; sender den som den er.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>register takes no arguments besides its options.</source>
        <translation>register tar ingen argumenter utover valgene sine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>register needs --url URL.</source>
        <translation>register trenger --url URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register needs at least one --event TYPE (see &quot;events&quot;).</source>
        <translation>register trenger minst én --event TYPE (se «events»).</translation>
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
        <translation>Registrere %1 i PRODUKSJON for %2? Den mottar ekte betalingshendelser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing to register in production without --yes: there is no terminal to confirm at. Nothing was registered.</source>
        <translation>Nekter å registrere i produksjon uten --yes: det finnes ingen terminal å bekrefte i. Ingenting ble registrert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed. Nothing was registered.</source>
        <translation>Ikke bekreftet. Ingenting ble registrert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To get a secret, delete it and register again: webhook-console-cli delete %1</source>
        <translation>For å få en hemmelighet må du slette den og registrere på nytt: webhook-console-cli delete %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The webhook&apos;s secret could not be stored in the keychain (%1). It is printed below and cannot be shown again: keep it safe.</source>
        <translation>Webhookens hemmelighet kunne ikke lagres i nøkkelringen (%1). Den skrives ut nedenfor og kan ikke vises igjen: ta godt vare på den.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Registered; the secret is stored in the keychain.</source>
        <translation>Registrert; hemmeligheten er lagret i nøkkelringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="-60"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 inneholder ikke noe PEM-sertifikat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 inneholder ingen ukryptert privat PEM-nøkkel (RSA eller EC).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox API listening on %1</source>
        <translation>Sandkasse-API-et lytter på %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its keys are fixed sandbox keys, not secrets. To use it from another terminal:</source>
        <translation>Nøklene er faste sandkassenøkler, ikke hemmeligheter. Slik bruker du den fra en annen terminal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source># any sales unit; leave it unset for partner keys</source>
        <translation># hvilket som helst salgssted; la den være usatt for partnernøkler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are a PSP&apos;s keys: every webhooks call needs --psp-id %1 and the merchant&apos;s MSN.</source>
        <translation>Dette er en PSPs nøkler: hvert webhooks-kall trenger --psp-id %1 og bedriftens MSN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Ctrl+C to stop.</source>
        <translation>Trykk Ctrl+C for å stoppe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--https needs a certificate and a key: --https CERT KEY.</source>
        <translation>--https trenger et sertifikat og en nøkkel: --https CERT KEY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox takes no arguments besides its options.</source>
        <translation>sandbox tar ingen argumenter utover valgene sine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--port takes a port number from 0 to 65535.</source>
        <translation>--port tar et portnummer fra 0 til 65535.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot load %1: %2</source>
        <translation>Kan ikke laste inn %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sandbox cannot listen: %1</source>
        <translation>Sandkassen kan ikke lytte: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot save %1: %2</source>
        <translation>Kan ikke lagre %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox stopped.</source>
        <translation>Sandkassen er stoppet.</translation>
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
        <translation>send-test trenger nøyaktig én webhook-ID (se «list»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send-test needs --event TYPE (one of the webhook&apos;s events).</source>
        <translation>send-test trenger --event TYPE (en av webhookens hendelser).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no webhook %1 (see &quot;list&quot;).</source>
        <translation>Det finnes ingen webhook %1 (se «list»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook %1 does not receive %2; its events: %3. Use --force to send it anyway.</source>
        <translation>Webhook %1 mottar ikke %2; hendelsene er: %3. Bruk --force for å sende den likevel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not in the event catalogue (see &quot;events&quot;). Use --force to send it anyway.</source>
        <translation>%1 finnes ikke i hendelseskatalogen (se «events»). Bruk --force for å sende den likevel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --url the webhook&apos;s events are not looked up; %1 is sent as given.</source>
        <translation>Med --url slås ikke webhookens hendelser opp; %1 sendes som oppgitt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secret of webhook %1 is stored on this machine, so a delivery cannot be signed. Enter it, or replace the webhook (register the URL again, then delete the old one) to get a new one.</source>
        <translation>Ingen hemmelighet for webhook %1 er lagret på denne maskinen, så en levering kan ikke signeres. Skriv den inn, eller erstatt webhooken (registrer URL-en på nytt og slett deretter den gamle) for å få en ny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the secret of webhook %1</source>
        <translation>Kunne ikke lese hemmeligheten til webhook %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This simulated delivery goes to a production receiver. It is marked X-Webhook-Console-Test: true and &quot;simulated&quot;: true: make sure the receiver ignores it.</source>
        <translation>Denne simulerte leveringen går til en mottaker i produksjon. Den er merket X-Webhook-Console-Test: true og &quot;simulated&quot;: true: sørg for at mottakeren ignorerer den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SIMULATED test delivery (not from Vipps MobilePay; X-Webhook-Console-Test: true) of %1 to %2</source>
        <translation>SIMULERT testlevering (ikke fra Vipps MobilePay; X-Webhook-Console-Test: true) av %1 til %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The receiver redirected the delivery; Vipps MobilePay does not follow redirects.</source>
        <translation>Mottakeren omdirigerte leveringen; Vipps MobilePay følger ikke omdirigeringer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver answered %1; Vipps MobilePay would count the delivery as failed and retry it.</source>
        <translation>Mottakeren svarte %1; Vipps MobilePay ville regnet leveringen som mislykket og prøvd igjen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/tokencommand.cpp" line="+37"/>
        <source>Token received; it expires at %1 (in %n minute(s)).</source>
        <translation>
            <numerusform>Token mottatt; det utløper %1 (om %n minutt).</numerusform>
            <numerusform>Token mottatt; det utløper %1 (om %n minutter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="-27"/>
        <location line="+9"/>
        <source>Could not list the webhooks: %1</source>
        <translation>Kunne ikke liste webhookene: %1</translation>
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
        <translation>hashen av innholdet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature</source>
        <translation>signaturen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhook-Id: %1 (this delivery&apos;s id, not the registration&apos;s)</source>
        <translation>Webhook-Id: %1 (denne leveringens ID, ikke registreringens)</translation>
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
        <translation>profilen «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 environment, %3</source>
        <translation>%1, miljø %2, %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No secret of webhook %1 is stored on this machine (%2). Give it with --secret-stdin, or check --profile, --env and --msn; if the secret is lost, replace the webhook.</source>
        <translation>Ingen hemmelighet for webhook %1 er lagret på denne maskinen (%2). Oppgi den med --secret-stdin, eller kontroller --profile, --env og --msn; hvis hemmeligheten er tapt, må du erstatte webhooken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the secret of webhook %1 from the keychain: %2</source>
        <translation>Kunne ikke lese hemmeligheten til webhook %1 fra nøkkelringen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Could not look up the registered URL of %1: %2</source>
        <translation>Kunne ikke slå opp den registrerte URL-en til %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook %1 is not registered (any more), so its URL is unknown.</source>
        <translation>Webhook %1 er ikke registrert (lenger), så URL-en er ukjent.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A secret is never taken as a command-line argument (others could read it in the process list and the shell history): use --secret-stdin or --webhook-id ID.</source>
        <translation>En hemmelighet tas aldri imot som et kommandolinjeargument (andre kan lese den i prosesslisten og skallhistorikken): bruk --secret-stdin eller --webhook-id ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verify needs the secret: --secret-stdin, --webhook-id ID or --any-secret (one of them).</source>
        <translation>verify trenger hemmeligheten: --secret-stdin, --webhook-id ID eller --any-secret (én av dem).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--webhook-id: &quot;%1&quot; is not a webhook id (a UUID, as &quot;list&quot; shows it).</source>
        <translation>--webhook-id: «%1» er ikke en webhook-ID (en UUID, slik «list» viser den).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="-35"/>
        <location filename="../app/cli/verifycommand.cpp" line="+21"/>
        <source>Note: without --url, the request&apos;s own Host and path stand for the registered URL; give --url URL to compare them with it.</source>
        <translation>Merk: uten --url står forespørselens egen Host og sti for den registrerte URL-en; oppgi --url URL for å sammenligne dem med den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/verifycommand.cpp" line="+18"/>
        <source>Note: the line break after the body is not part of the signed body and was left out.</source>
        <translation>Merk: linjeskiftet etter innholdet er ikke en del av det signerte innholdet og ble utelatt.</translation>
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
        <translation>ikke gyldig: kontrollen av %1 mislyktes: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyinput.cpp" line="-45"/>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: kan ikke lese %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2 is larger than %3 MiB; a delivery is much smaller.</source>
        <translation>--%1: %2 er større enn %3 MiB; en levering er mye mindre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--url: &quot;%1&quot; is not an absolute URL with a host name.</source>
        <translation>--url: «%1» er ikke en absolutt URL med vertsnavn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registered URL the delivery was sent to (with --raw-file: the registered URL to compare the request with).</source>
        <translation>Den registrerte URL-en leveringen ble sendt til (med --raw-file: den registrerte URL-en forespørselen skal sammenlignes med).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The x-ms-date header as received.</source>
        <translation>Headeren x-ms-date slik den ble mottatt.</translation>
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
        <translation>Headeren x-ms-content-sha256 slik den ble mottatt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Authorization header as received.</source>
        <translation>Headeren Authorization slik den ble mottatt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file holding the body exactly as received (raw bytes).</source>
        <translation>En fil med innholdet nøyaktig slik det ble mottatt (rå byte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file holding the whole request as received (request line, headers, blank line, body), instead of the four options above and --body-file.</source>
        <translation>En fil med hele forespørselen slik den ble mottatt (forespørselslinje, headere, tom linje, innhold), i stedet for de fire valgene ovenfor og --body-file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the webhook&apos;s secret as one line from standard input (without echo at a terminal).</source>
        <translation>Les webhookens hemmelighet som én linje fra standardinndata (uten ekko i en terminal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the secret stored on this machine for this webhook (under --profile, or the VIPPS_MSN and --env/--base-url of no profile).</source>
        <translation>Bruk hemmeligheten som er lagret på denne maskinen for denne webhooken (under --profile, eller VIPPS_MSN og --env/--base-url uten profil).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try every webhook secret stored on this machine (every profile, both environments) and name the registration whose secret verifies the delivery.</source>
        <translation>Prøv hver webhook-hemmelighet som er lagret på denne maskinen (alle profiler, begge miljøer), og navngi registreringen der hemmeligheten verifiserer leveringen.</translation>
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
        <translation>--raw-file inneholder hele forespørselen: oppgi det uten --%1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--raw-file %1: %2</source>
        <translation>--raw-file %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>verify needs the delivery: --url, --date, --content-sha256, --authorization and --body-file, or --raw-file FILE.</source>
        <translation>verify trenger leveringen: --url, --date, --content-sha256, --authorization og --body-file, eller --raw-file FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verify needs %1 as well (or the whole request with --raw-file).</source>
        <translation>verify trenger også %1 (eller hele forespørselen med --raw-file).</translation>
    </message>
    <message>
        <location filename="../app/cli/productionconfirmation.cpp" line="+16"/>
        <source>%1 Type %2 to confirm: </source>
        <translation>%1 Skriv %2 for å bekrefte: </translation>
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
        <translation>sporings-ID %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last seen %1</source>
        <translation>sist sett %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--since takes a date (2026-12-01) or a time (2026-12-01T09:30), not &quot;%1&quot;.</source>
        <translation>--since tar en dato (2026-12-01) eller et tidspunkt (2026-12-01T09:30), ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown --action &quot;%1&quot;.</source>
        <translation>Ukjent --action &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n endring.</numerusform>
            <numerusform>%n endringer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/operations/connectiontest.cpp" line="+43"/>
        <source>Test keys work only against the test environment, and production keys only against production: these keys may belong to the other environment.</source>
        <translation>Testnøkler virker bare mot testmiljøet, og produksjonsnøkler bare mot produksjon: disse nøklene kan høre til det andre miljøet.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../app/operations/consolesession.cpp" line="+166"/>
        <source>There is no profile named “%1”.</source>
        <translation>Det finnes ingen profil med navnet «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a profile from the list, or add one in Profiles…</source>
        <translation>Velg en profil fra listen, eller legg til en under Profiler…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No API keys are stored for “%1” on this machine.</source>
        <translation>Ingen API-nøkler er lagret for «%1» på denne maskinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client_id, client_secret and subscription key in Profiles…</source>
        <translation>Skriv inn client_id, client_secret og abonnementsnøkkelen under Profiler…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API keys of “%1” could not be read from the keychain.</source>
        <translation>API-nøklene til «%1» kunne ikke leses fra nøkkelringen.</translation>
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
        <translation>Ingen profil er åpen.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../ui/deletedialog.ui" line="+14"/>
        <source>Delete webhooks</source>
        <translation>Slett webhooks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete these webhooks?</source>
        <translation>Slette disse webhookene?</translation>
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
        <translation>Slett webhook</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n webhooks</source>
        <translation>
            <numerusform>Slett %n webhook</numerusform>
            <numerusform>Slett %n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Delete this webhook?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Slette denne webhooken?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Delete these %n webhooks?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Slette denne %n webhooken?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Slette disse %n webhookene?&lt;/b&gt;</numerusform>
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
        <translation>Vipps MobilePay slutter straks å sende hendelsene til denne webhooken til URL-en. Dette kan ikke angres: for å motta dem igjen må du registrere en ny webhook (med en ny hemmelighet). En hemmelighet som er lagret for den på denne maskinen, fjernes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vipps MobilePay stops sending these webhooks&apos; events to their URLs at once. This cannot be undone: to receive them again, register new webhooks (with new secrets). Secrets stored on this machine for them are removed.</source>
        <translation>Vipps MobilePay slutter straks å sende hendelsene til disse webhookene til URL-ene deres. Dette kan ikke angres: for å motta dem igjen må du registrere nye webhooks (med nye hemmeligheter). Hemmeligheter som er lagret for dem på denne maskinen, fjernes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile “%1”, %2, %3.</source>
        <translation>Profil «%1», %2, %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events: %1</source>
        <translation>Hendelser: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These are partner registrations for all sales units in &lt;b&gt;production&lt;/b&gt;. Type &lt;b&gt;partner&lt;/b&gt; to confirm:</source>
        <translation>Dette er partnerregistreringer for alle salgssteder i &lt;b&gt;produksjon&lt;/b&gt;. Skriv &lt;b&gt;partner&lt;/b&gt; for å bekrefte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is &lt;b&gt;production&lt;/b&gt;: live payments use these webhooks. Type the MSN &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Dette er &lt;b&gt;produksjon&lt;/b&gt;: ekte betalinger bruker disse webhookene. Skriv MSN &lt;b&gt;%1&lt;/b&gt; for å bekrefte:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete</source>
        <translation>S&amp;lett</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>S&amp;lett %n</numerusform>
            <numerusform>S&amp;lett %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Deleting…</source>
        <translation>Sletter …</translation>
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
        <translation>Mislyktes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Mislyktes: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;A deletion failed.&lt;/b&gt; The result of each is shown below.</source>
        <translation>&lt;b&gt;En sletting mislyktes.&lt;/b&gt; Resultatet av hver vises nedenfor.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n deletions failed.&lt;/b&gt; The result of each is shown below.</source>
        <translation>
            <numerusform>&lt;b&gt;%n sletting mislyktes.&lt;/b&gt; Resultatet av hver vises nedenfor.</numerusform>
            <numerusform>&lt;b&gt;%n slettinger mislyktes.&lt;/b&gt; Resultatet av hver vises nedenfor.</numerusform>
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
        <translation>&amp;Verifiser levering …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Test Delivery…</source>
        <translation>Send &amp;testlevering …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;mulate Event…</source>
        <translation>Si&amp;muler hendelse …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify</source>
        <translation>Verifiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify delivery: check whether a delivery your endpoint received is genuine (nothing is sent) (%1)</source>
        <translation>Verifiser levering: sjekk om en levering endepunktet ditt mottok, er ekte (ingenting sendes) (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulate event (sandbox): deliver a simulated event to every sandbox registration that has it (%1)</source>
        <translation>Simuler hendelse (sandkasse): lever en simulert hendelse til alle sandkasseregistreringer som har den (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset &amp;Sandbox…</source>
        <translation>Tilbakestill sand&amp;kassen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace every sandbox registration with the sample registrations</source>
        <translation>Erstatt alle sandkasseregistreringer med eksempelregistreringene</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Reset the Sandbox?</source>
        <translation>Tilbakestille sandkassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every registration in the sandbox is deleted and the sample registrations come back. Nothing outside the sandbox changes.</source>
        <translation>Alle registreringer i sandkassen slettes, og eksempelregistreringene kommer tilbake. Ingenting utenfor sandkassen endres.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Send test delivery: a simulated, signed delivery to the selected webhook</source>
        <translation>Send testlevering: en simulert, signert levering til den valgte webhooken</translation>
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
        <translation>Signert med hemmeligheten til webhook %1 (profil «%2», %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret.</source>
        <translation>
            <numerusform>Denne URL-en har %n registrering: hver hendelse kommer én gang per registrering, hver signert med sin egen hemmelighet.</numerusform>
            <numerusform>Denne URL-en har %n registreringer: hver hendelse kommer én gang per registrering, hver signert med sin egen hemmelighet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list of secrets stored on this machine could not be read: %1</source>
        <translation>Listen over hemmeligheter som er lagret på denne maskinen, kunne ikke leses: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No webhook secret is stored on this machine, so none could be tried.</source>
        <translation>Ingen webhook-hemmelighet er lagret på denne maskinen, så ingen kunne prøves.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>None of the %n webhook secrets tried verifies this delivery.</source>
        <translation>
            <numerusform>%n prøvd webhook-hemmelighet verifiserer ikke denne leveringen.</numerusform>
            <numerusform>Ingen av de %n webhook-hemmelighetene som ble prøvd, verifiserer denne leveringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored secrets could not be read from the keychain.</source>
        <translation>
            <numerusform>%n lagret hemmelighet kunne ikke leses fra nøkkelringen.</numerusform>
            <numerusform>%n lagrede hemmeligheter kunne ikke leses fra nøkkelringen.</numerusform>
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
            <numerusform>Denne URL-en har %n registrering (%1): hver hendelse kommer én gang per registrering, hver signert med sin egen hemmelighet. Hemmeligheten til den som sendte denne leveringen, er ikke lagret her: skriv den inn på denne maskinen, eller erstatt den registreringen.</numerusform>
            <numerusform>Denne URL-en har %n registreringer (%1): hver hendelse kommer én gang per registrering, hver signert med sin egen hemmelighet. Hemmeligheten til den som sendte denne leveringen, er ikke lagret her: skriv den inn på denne maskinen, eller erstatt den registreringen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This URL has one registration known here (%1, %2); the delivery was not signed with its stored secret: perhaps it came from the other environment or from a registration made elsewhere.</source>
        <translation>Denne URL-en har én kjent registrering her (%1, %2); leveringen ble ikke signert med den lagrede hemmeligheten: kanskje kom den fra det andre miljøet eller fra en registrering gjort et annet sted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No registration of this URL is known here: it may belong to other API keys or the other environment.</source>
        <translation>Ingen registrering av denne URL-en er kjent her: den kan høre til andre API-nøkler eller det andre miljøet.</translation>
    </message>
</context>
<context>
    <name>DeliveryInput</name>
    <message>
        <location filename="../ui/deliveryinput.ui" line="+25"/>
        <source>&amp;Raw HTTP request</source>
        <translation>&amp;Rå HTTP-forespørsel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole request: request line, headers, a blank line, then the body. Pasted or opened text is kept byte for byte.</source>
        <translation>Hele forespørselen: forespørselslinje, headere, en tom linje og deretter innholdet. Innlimt eller åpnet tekst beholdes byte for byte.</translation>
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
        <translation>Å&amp;pne fil …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the request from a file, byte for byte</source>
        <translation>Les forespørselen fra en fil, byte for byte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Headers and body</source>
        <translation>&amp;Headere og innhold</translation>
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
        <translation>Innh&amp;old:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The body exactly as received</source>
        <translation>Innholdet nøyaktig slik det ble mottatt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>O&amp;pen File…</source>
        <translation>Åp&amp;ne fil …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the body from a file, byte for byte</source>
        <translation>Les innholdet fra en fil, byte for byte</translation>
    </message>
    <message>
        <location filename="../ui/deliveryinput.cpp" line="+64"/>
        <source>Paste the request first (or open it from a file), or give its headers and body on the other tab.</source>
        <translation>Lim inn forespørselen først (eller åpne den fra en fil), eller oppgi headerne og innholdet i den andre fanen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a whole HTTP request: %1</source>
        <translation>Dette er ikke en hel HTTP-forespørsel: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the URL the delivery was sent to, or choose its webhook.</source>
        <translation>Skriv inn URL-en leveringen ble sendt til, eller velg webhooken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an absolute URL with a host name, such as https://example.com/webhooks.</source>
        <translation>«%1» er ikke en absolutt URL med vertsnavn, for eksempel https://example.com/webhooks.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a Request</source>
        <translation>Åpne en forespørsel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a Body</source>
        <translation>Åpne et innhold</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the file</source>
        <translation>Kan ikke lese filen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is too large</source>
        <translation>Filen er for stor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is larger than %2 MiB; a delivery is much smaller.</source>
        <translation>%1 er større enn %2 MiB; en levering er mye mindre.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n bytes, exactly as pasted or opened.</source>
        <translation>
            <numerusform>%n byte, nøyaktig slik det ble limt inn eller åpnet.</numerusform>
            <numerusform>%n byte, nøyaktig slik det ble limt inn eller åpnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bytes as shown: typed or edited text has LF line breaks.</source>
        <translation>
            <numerusform>%n byte slik det vises: tekst som er skrevet inn eller redigert, har LF-linjeskift.</numerusform>
            <numerusform>%n byte slik det vises: tekst som er skrevet inn eller redigert, har LF-linjeskift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Body: %n bytes, ending with a line break.</source>
        <translation>
            <numerusform>Innhold: %n byte, avsluttet med et linjeskift.</numerusform>
            <numerusform>Innhold: %n byte, avsluttet med et linjeskift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Body: %n bytes.</source>
        <translation>
            <numerusform>Innhold: %n byte.</numerusform>
            <numerusform>Innhold: %n byte.</numerusform>
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
        <translation>https://example.com/webhooks/vipps (URL-en leveringen ble sendt til)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the registered URL, %1</source>
        <translation>Tomt: den registrerte URL-en, %1</translation>
    </message>
</context>
<context>
    <name>DeliveryService</name>
    <message>
        <location filename="../app/operations/deliveryservice.cpp" line="+49"/>
        <source>No profile is open.</source>
        <translation>Ingen profil er åpen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed.</source>
        <translation>Ingen hemmelighet for denne webhooken er lagret på denne maskinen, så leveringen kan ikke signeres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret could not be read from the keychain: %1</source>
        <translation>Hemmeligheten kunne ikke leses fra nøkkelringen: %1</translation>
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
        <translation>Headeren Authorization har feil format: forventet &quot;HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=&lt;base64&gt;&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body&apos;s SHA-256 does not match x-ms-content-sha256: the body was changed after it was sent. Hash the raw bytes as received.</source>
        <translation>SHA-256 for innholdet stemmer ikke med x-ms-content-sha256: innholdet ble endret etter at det ble sendt. Beregn hash av de rå bytene slik de ble mottatt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body has CRLF line endings where LF belongs.</source>
        <translation>Innholdet har CRLF-linjeskift der det skal være LF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body looks re-serialised (its JSON spacing differs from the compact form).</source>
        <translation>Innholdet ser ut til å være serialisert på nytt (JSON-mellomrommene avviker fra den kompakte formen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The host differs from the registered URL&apos;s (%1 instead of %2).</source>
        <translation>Verten avviker fra den registrerte URL-en (%1 i stedet for %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The path or query differs from the registered URL&apos;s (%1 instead of %2).</source>
        <translation>Stien eller spørringen avviker fra den registrerte URL-en (%1 i stedet for %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery&apos;s URL is missing or invalid.</source>
        <translation>URL-en for leveringen mangler eller er ugyldig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signature was computed with CRLF where LF belongs: the string to sign uses &quot;\n&quot; between its lines, not &quot;\r\n&quot;.</source>
        <translation>Signaturen ble beregnet med CRLF der det skal være LF: strengen som signeres, bruker &quot;\n&quot; mellom linjene, ikke &quot;\r\n&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match: the secret is wrong (perhaps the other environment&apos;s, or another webhook&apos;s), or the URL, date or hash signed differs.</source>
        <translation>Signaturen stemmer ikke: hemmeligheten er feil (kanskje fra det andre miljøet eller fra en annen webhook), eller URL-en, datoen eller hashen som ble signert, avviker.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The text does not start with an HTTP request line such as &quot;POST /path HTTP/1.1&quot;.</source>
        <translation>Teksten begynner ikke med en HTTP-forespørselslinje som &quot;POST /path HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The request has no Host header.</source>
        <translation>Forespørselen har ingen Host-header.</translation>
    </message>
</context>
<context>
    <name>DeliveryVerification</name>
    <message>
        <location filename="../app/core/deliveryverification.cpp" line="+103"/>
        <source>The signature was made with the secret this webhook has stored for the %1 environment, not with this one&apos;s: the delivery was signed for the other environment (or the secret was stored under the wrong environment).</source>
        <translation>Signaturen ble laget med hemmeligheten denne webhooken har lagret for miljøet %1, ikke med hemmeligheten for dette miljøet: leveringen ble signert for det andre miljøet (eller hemmeligheten ble lagret under feil miljø).</translation>
    </message>
</context>
<context>
    <name>EnterSecretDialog</name>
    <message>
        <location filename="../ui/entersecretdialog.ui" line="+14"/>
        <source>Enter Webhook Secret</source>
        <translation>Skriv inn webhook-hemmelighet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Enter the secret of this webhook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Skriv inn hemmeligheten til denne webhooken&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vipps MobilePay returned this secret once, when the webhook was registered (perhaps with another tool). Stored here, it lets this console verify deliveries and send signed test deliveries. It goes to this computer&apos;s keychain only.</source>
        <translation>Vipps MobilePay returnerte denne hemmeligheten én gang, da webhooken ble registrert (kanskje med et annet verktøy). Når den er lagret her, kan denne konsollen verifisere leveringer og sende signerte testleveringer. Den lagres bare i nøkkelringen på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Hemmelighet:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how the secret</source>
        <translation>&amp;Vis hemmeligheten</translation>
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
        <translation>&amp;Lagre hemmelighet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keychain did not store the secret: %1</source>
        <translation>Nøkkelringen lagret ikke hemmeligheten: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paste the secret exactly as Vipps MobilePay returned it at registration.</source>
        <translation>Lim inn hemmeligheten nøyaktig slik Vipps MobilePay returnerte den ved registreringen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secret is one line of text: remove the line breaks and control characters.</source>
        <translation>En hemmelighet er én linje tekst: fjern linjeskift og kontrolltegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret has no spaces inside: check that you pasted only the secret.</source>
        <translation>En hemmelighet har ingen mellomrom inni seg: sjekk at du bare limte inn hemmeligheten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The spaces at the start or end are left out.</source>
        <translation>Mellomrommene i begynnelsen eller slutten utelates.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only %n character(s): check that you copied all of it.</source>
        <translation>
            <numerusform>Bare %n tegn: sjekk at du kopierte alt.</numerusform>
            <numerusform>Bare %n tegn: sjekk at du kopierte alt.</numerusform>
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
        <translation>Dette erstatter hemmeligheten som er lagret på denne maskinen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Lagrer hemmeligheten i nøkkelringen …</translation>
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
        <translation>Produksjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Egendefinert</translation>
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
        <translation>%1 · partnernøkler</translation>
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
        <translation>Utløses aldri i testmiljøet: Donations-API-et finnes bare i produksjon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the test environment these fire only for payments created through the ePayment API (not for other APIs&apos; test payments).</source>
        <translation>I testmiljøet utløses disse bare for betalinger opprettet gjennom ePayment-API-et (ikke for andre API-ers testbetalinger).</translation>
    </message>
    <message>
        <location filename="../app/core/eventcatalognames.cpp" line="+9"/>
        <source>ePayment</source>
        <translation>ePayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurring</source>
        <translation>Faste betalinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement accepted</source>
        <translation>Avtale godtatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement rejected</source>
        <translation>Avtale avvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement stopped</source>
        <translation>Avtale stoppet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement expired</source>
        <translation>Avtale utløpt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge reserved</source>
        <translation>Trekk reservert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge captured</source>
        <translation>Trekk gjennomført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge cancelled</source>
        <translation>Trekk kansellert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge failed</source>
        <translation>Trekk mislyktes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge creation failed</source>
        <translation>Opprettelse av trekk mislyktes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge refunded</source>
        <translation>Trekk refundert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User checked in</source>
        <translation>Bruker sjekket inn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant-initiated login ping</source>
        <translation>Innloggingsping initiert av bedriften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donations</source>
        <translation>Donasjoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement started</source>
        <translation>Avtale startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal day changed</source>
        <translation>Trekkdag endret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount changed</source>
        <translation>Beløp endret</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <location filename="../ui/eventpicker.cpp" line="+174"/>
        <location line="+152"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>not known (limit %1)</source>
        <translation>ukjent (grense %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhooks could not be loaded: how many registrations use this event is not known. The limit is %1.</source>
        <translation>Webhookene kunne ikke lastes inn: hvor mange registreringer som bruker denne hendelsen, er ukjent. Grensen er %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 used, full</source>
        <translation>%1 av %2 brukt, fullt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The limit for this event (%1) is reached. Delete a registration to register another.</source>
        <translation>Grensen for denne hendelsen (%1) er nådd. Slett en registrering for å registrere en ny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 used</source>
        <translation>%1 av %2 brukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 registrations for this event are in use.</source>
        <translation>%1 av %2 registreringer for denne hendelsen er i bruk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event type is not in the console&apos;s catalogue; it is kept as it is.</source>
        <translation>Denne hendelsestypen finnes ikke i konsollens katalog; den beholdes som den er.</translation>
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
        <translation>Denne URL-en er allerede registrert for denne hendelsen: hver hendelse ville kommet to ganger.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 selected</source>
        <translation>%1 av %2 valgt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select or clear every event of this group</source>
        <translation>Velg eller fjern alle hendelsene i denne gruppen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Search events (name or type)</source>
        <translation>Søk etter hendelser (navn eller type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the events by name, product or event type</source>
        <translation>Filtrer hendelsene etter navn, produkt eller hendelsestype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Søk etter hendelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event type</source>
        <translation>Hendelsestype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrations</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrations of this sales unit (or of the partner keys) that use the event, against the limit</source>
        <translation>Registreringer for dette salgsstedet (eller for partnernøklene) som bruker hendelsen, mot grensen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/historydialog.cpp" line="+178"/>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksporter CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Siste 24 timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
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
        <translation>Historikken kunne ikke leses: %1</translation>
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
            <numerusform>%n av %1 endring vises.</numerusform>
            <numerusform>%n av %1 endringer vises.</numerusform>
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
        <translation>Eksporter historikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1.</source>
        <translation>Eksportert til %1.</translation>
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
        <translation>Fjernet utenfor denne konsollen mellom %1 og %2. Vipps MobilePay fjerner endepunkter som har feilet i to uker.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace id %1</source>
        <translation>Sporings-ID %1</translation>
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
        <translation>Utfall</translation>
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
        <translation>Webhook-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Hendelser</translation>
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
        <translation>Nøkkelringen er låst og ble ikke låst opp (opplåsingsdialogen ble avbrutt eller kunne ikke vises). Lås den opp og prøv igjen.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Nøkkelringen svarte ikke innen %n sekund.</numerusform>
            <numerusform>Nøkkelringen svarte ikke innen %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The keychain has no entry “%1”.</source>
        <translation>Nøkkelringen har ingen oppføring «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked and was not unlocked, or access to it was refused.</source>
        <translation>Nøkkelringen er låst og ble ikke låst opp, eller tilgang til den ble nektet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain reported an unknown error.</source>
        <translation>Nøkkelringen rapporterte en ukjent feil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain reported an error: %1</source>
        <translation>Nøkkelringen rapporterte en feil: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available: no Secret Service (gnome-keyring or KWallet) is running on this desktop.</source>
        <translation>Ingen nøkkelring er tilgjengelig: ingen Secret Service (gnome-keyring eller KWallet) kjører på dette skrivebordet.</translation>
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
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the registered webhooks again</source>
        <translation>Last inn de registrerte webhookene på nytt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister…</source>
        <translation>Re&amp;gistrer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new webhook</source>
        <translation>Registrer en ny webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected webhooks</source>
        <translation>Slett de valgte webhookene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the table by URL, event or id</source>
        <translation>Filtrer tabellen etter URL, hendelse eller ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiler …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit or remove profiles and their API keys</source>
        <translation>Legg til, rediger eller fjern profiler og API-nøklene deres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch Profile…</source>
        <translation>&amp;Bytt profil …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another profile: type to search</source>
        <translation>Åpne en annen profil: skriv for å søke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Webhook Console</source>
        <translation>Avslutt Webhook Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Webhook Console</source>
        <translation>&amp;Om Webhook Console</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header</source>
        <translation>Topptekst</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Talking to the API…</source>
        <translation>Kommuniserer med API-et …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of Webhook Console</source>
        <translation>Språket i Webhook Console</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Production — changes affect live payments</source>
        <translation>Produksjon – endringer påvirker ekte betalinger</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Webhooks loaded.</source>
        <translation>Webhooks lastet inn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhooks could not be loaded.</source>
        <translation>Webhookene kunne ikke lastes inn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: trying again in %2 s…</source>
        <translation>%1: prøver igjen om %2 s …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook registered.</source>
        <translation>Webhook registrert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The webhook was not registered.</source>
        <translation>Webhooken ble ikke registrert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Local state</source>
        <translation>Lokal tilstand</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The deletion failed.</source>
        <translation>Slettingen mislyktes.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n deletions failed.</source>
        <translation>
            <numerusform>%1 av %n sletting mislyktes.</numerusform>
            <numerusform>%1 av %n slettinger mislyktes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted 1 webhook.</source>
        <translation>Slettet 1 webhook.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Deleted %n webhooks.</source>
        <translation>
            <numerusform>Slettet %n webhook.</numerusform>
            <numerusform>Slettet %n webhooks.</numerusform>
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
        <translation>Arbeider …</translation>
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
        <translation>Avslutte Webhook Console?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registration is still running, or its secret has not been saved yet. The API never shows a secret twice. Quit anyway?</source>
        <translation>En registrering pågår fortsatt, eller hemmeligheten er ikke lagret ennå. API-et viser aldri en hemmelighet to ganger. Vil du avslutte likevel?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+17"/>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy the whole error, trace id included, for a support request</source>
        <translation>Kopier hele feilen, inkludert sporings-ID (trace id), til en henvendelse til kundeservice</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trace id: %1</source>
        <translation>Sporings-ID (trace id): %1</translation>
    </message>
</context>
<context>
    <name>NetworkAccessManager</name>
    <message>
        <location filename="../app/core/networkaccessmanager.cpp" line="+62"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: kan ikke lese %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation>%1: %2 inneholder ikke noe PEM-sertifikat.</translation>
    </message>
</context>
<context>
    <name>OrphanedSecretsDialog</name>
    <message>
        <location filename="../ui/orphanedsecretsdialog.ui" line="+14"/>
        <source>Orphaned Secrets</source>
        <translation>Foreldreløse hemmeligheter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These secrets are stored on this computer, but no webhook with their id is registered any more: it was deleted elsewhere, or Vipps MobilePay removed it after its endpoint failed for two weeks. A secret is of no use without its webhook.</source>
        <translation>Disse hemmelighetene er lagret på denne datamaskinen, men ingen webhook med ID-en deres er registrert lenger: den ble slettet et annet sted, eller Vipps MobilePay fjernet den etter at endepunktet hadde feilet i to uker. En hemmelighet er til ingen nytte uten webhooken sin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ids of the orphaned secrets</source>
        <translation>ID-ene til de foreldreløse hemmelighetene</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove Selected…</source>
        <translation>Fje&amp;rn valgte …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove &amp;All…</source>
        <translation>Fjern &amp;alle …</translation>
    </message>
    <message>
        <location filename="../ui/orphanedsecretsdialog.cpp" line="+64"/>
        <source>“%1” (%2, partner keys)</source>
        <translation>«%1» (%2, partnernøkler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2, MSN %3)</source>
        <translation>«%1» (%2, MSN %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;No orphaned secrets for %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ingen foreldreløse hemmeligheter for %1.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%1: %n secret(s) without a webhook.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %n hemmelighet uten webhook.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %n hemmeligheter uten webhook.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Remove %n stored secret(s) from this computer? No webhook with these ids is registered any more.</source>
        <translation>
            <numerusform>Fjerne %n lagret hemmelighet fra denne datamaskinen? Ingen webhook med denne ID-en er registrert lenger.</numerusform>
            <numerusform>Fjerne %n lagrede hemmeligheter fra denne datamaskinen? Ingen webhook med disse ID-ene er registrert lenger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Removed %n stored secret(s).</source>
        <translation>
            <numerusform>Fjernet %n lagret hemmelighet.</numerusform>
            <numerusform>Fjernet %n lagrede hemmeligheter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>orphaned secret</source>
        <translation>foreldreløs hemmelighet</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Remove the stored secret of the webhook %1 from this computer? No webhook with this id is registered any more.</source>
        <translation>Fjerne den lagrede hemmeligheten til webhooken %1 fra denne datamaskinen? Ingen webhook med denne ID-en er registrert lenger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Orphaned Secrets</source>
        <translation>Fjern foreldreløse hemmeligheter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing…</source>
        <translation>Fjerner …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keychain did not remove the secret of %1: %2</source>
        <translation>Nøkkelringen fjernet ikke hemmeligheten til %1: %2</translation>
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
        <translation>Filen er for stor til å være et Postman-miljø.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>Filen er ikke gyldig JSON (%1 ved tegn %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a Postman environment: it holds no JSON object.</source>
        <translation>Filen er ikke et Postman-miljø: den inneholder ikke noe JSON-objekt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a Postman collection, not an environment. In Postman, export the environment that holds your keys (Environments, ..., Export).</source>
        <translation>Dette er en Postman-samling, ikke et miljø. Eksporter miljøet som har nøklene dine, i Postman (Environments, ..., Export).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not a Postman environment: it has no &quot;values&quot; list.</source>
        <translation>Filen er ikke et Postman-miljø: den har ingen «values»-liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Postman environment: &quot;values&quot; is not a list.</source>
        <translation>Filen er ikke et Postman-miljø: «values» er ikke en liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Postman environment: &quot;name&quot; is not text.</source>
        <translation>Filen er ikke et Postman-miljø: «name» er ikke tekst.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åpne %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large to be a Postman environment.</source>
        <translation>%1 er for stor til å være et Postman-miljø.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These look like production keys. The new profile is set to Test: choose Production yourself if that is where the keys belong.</source>
        <translation>Dette ser ut som produksjonsnøkler. Den nye profilen er satt til Test: velg Produksjon selv hvis det er der nøklene hører hjemme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the export: %1. Enter them before saving.</source>
        <translation>Ikke med i eksporten: %1. Fyll dem inn før du lagrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled in Postman, not imported: %1.</source>
        <translation>Deaktivert i Postman, ikke importert: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported because the value is not plain text (or refers to another Postman variable): %1.</source>
        <translation>Ikke importert fordi verdien ikke er ren tekst (eller viser til en annen Postman-variabel): %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No merchantSerialNumber: the profile uses partner keys (all sales units).</source>
        <translation>Ingen merchantSerialNumber: profilen bruker partnernøkler (alle salgssteder).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used by the console: %1.</source>
        <translation>Brukes ikke av konsollen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries without a variable name were skipped: %1.</source>
        <translation>Oppføringer uten variabelnavn ble hoppet over: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new language takes effect when Webhook Console is started again.</source>
        <translation>Det nye språket tas i bruk når Webhook Console startes på nytt.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+15"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
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
        <translation>Offentlig adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2+ and a trusted certificate</source>
        <translation>TLS 1.2+ og et klarert sertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No redirect</source>
        <translation>Ingen omdirigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed test POST answered 2xx</source>
        <translation>Signert test-POST besvart med 2xx</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pass</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Ikke bestått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Ikke sjekket</translation>
    </message>
</context>
<context>
    <name>PreflightRules</name>
    <message>
        <location filename="../app/delivery/preflightrules.cpp" line="+34"/>
        <source>the certificate for %1 from %2 is valid until %3</source>
        <translation>sertifikatet for %1 fra %2 er gyldig til %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The URL is an absolute https URL.</source>
        <translation>URL-en er en absolutt https-URL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is one of the common ports (443, 80, 8080).</source>
        <translation>Port %1 er en av de vanlige portene (443, 80, 8080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 is not one of the common ports Vipps MobilePay recommends (443, 80, 8080); deliveries may not reach it.</source>
        <translation>Port %1 er ikke en av de vanlige portene Vipps MobilePay anbefaler (443, 80, 8080); leveringer når kanskje ikke frem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name %1 does not resolve: %2</source>
        <translation>Navnet %1 kan ikke slås opp: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name %1 does not resolve to any address.</source>
        <translation>Navnet %1 peker ikke til noen adresse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, which is private or local: Vipps MobilePay cannot reach it from the internet.</source>
        <translation>%1 peker til %2, som er privat eller lokal: Vipps MobilePay kan ikke nå den fra internett.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 resolves to this computer (%2): allowed for testing only; Vipps MobilePay cannot reach it.</source>
        <translation>%1 peker til denne datamaskinen (%2): tillatt bare for testing; Vipps MobilePay kan ikke nå den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to public addresses (%2).</source>
        <translation>%1 peker til offentlige adresser (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS-håndtrykket mislyktes: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. The certificate expires soon: renew it.</source>
        <translation>%1. Sertifikatet utløper snart: forny det.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: the test POST got no answer.</source>
        <translation>Ikke sjekket: test-POST-en fikk ikke svar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test POST was not redirected.</source>
        <translation>Test-POST-en ble ikke omdirigert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test POST was answered %1 with a redirect to %2. Vipps MobilePay does not follow redirects: register the final URL.</source>
        <translation>Test-POST-en ble besvart med %1 og en omdirigering til %2. Vipps MobilePay følger ikke omdirigeringer: registrer den endelige URL-en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nowhere</source>
        <translation>ingen steder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answered %1 in %2.</source>
        <translation>Svarte %1 på %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered %1 in %2: the receiver probably refused the signature of the throwaway secret (no secret exists before registration). It must answer 2xx to genuine deliveries.</source>
        <translation>Svarte %1 på %2: mottakeren avviste trolig signaturen laget med en engangshemmelighet (ingen hemmelighet finnes før registreringen). Den må svare 2xx på ekte leveringer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered %1 in %2, not 2xx: Vipps MobilePay would count the delivery as failed and retry it.</source>
        <translation>Svarte %1 på %2, ikke 2xx: Vipps MobilePay ville regnet leveringen som mislykket og prøvd igjen.</translation>
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
        <translation>Sjekker %1 slik Vipps MobilePay ville kalt den (%2 av %3 sjekker fullført) …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check of %1 was stopped.</source>
        <translation>Sjekken av %1 ble stoppet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1 fails the check.&lt;/b&gt; Vipps MobilePay could not deliver to it: fix what failed before registering.</source>
        <translation>&lt;b&gt;%1 består ikke sjekken.&lt;/b&gt; Vipps MobilePay ville ikke kunnet levere dit: rett opp det som mislyktes, før du registrerer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 passes, with warnings.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 består, med advarsler.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 passes every check.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 består alle sjekkene.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test POST was signed with a made-up secret (the real one exists only after registration), so a 401 or 403 answer is only a warning.</source>
        <translation>Test-POST-en ble signert med en oppdiktet hemmelighet (den ekte finnes først etter registreringen), så et 401- eller 403-svar er bare en advarsel.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/storage/profile.cpp" line="+16"/>
        <source>Enter a name for the profile.</source>
        <translation>Skriv inn et navn på profilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Profilnavnet er lengre enn %1 tegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain “/” or “\”.</source>
        <translation>Profilnavnet kan ikke inneholde «/» eller «\».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain control characters such as line breaks.</source>
        <translation>Profilnavnet kan ikke inneholde kontrolltegn som linjeskift.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile name must not begin or end with a space.</source>
        <translation>Profilnavnet kan ikke begynne eller slutte med mellomrom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name “-” is reserved.</source>
        <translation>Profilnavnet «-» er reservert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the %2 environment; it cannot be declared %3.</source>
        <translation>%1 er miljøet %2; det kan ikke angis som %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether %1 is a test or a production server.</source>
        <translation>Angi om %1 er en test- eller produksjonsserver.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A PSP profile needs the merchant&apos;s MSN (Merchant-Serial-Number): a PSP calls on a merchant&apos;s behalf, never with its own MSN.</source>
        <translation>En PSP-profil trenger bedriftens MSN (Merchant-Serial-Number): en PSP kaller på vegne av en bedrift, aldri med sitt eget MSN.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner keys exist only in production: in the test environment a partner uses the ordinary test keys of a sales unit. Enter that sales unit&apos;s MSN, or choose Production.</source>
        <translation>Partnernøkler finnes bare i produksjon: i testmiljøet bruker en partner de vanlige testnøklene til et salgssted. Skriv inn salgsstedets MSN, eller velg Produksjon.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the base URL of the custom environment.</source>
        <translation>Skriv inn basis-URL-en til det egendefinerte miljøet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System name</source>
        <translation>Systemnavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System version</source>
        <translation>Systemversjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin name</source>
        <translation>Navn på plugin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin version</source>
        <translation>Versjon av plugin</translation>
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
        <translation>f.eks. Butikk 123456 test</translation>
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
        <translation>Miljøet til denne serveren</translation>
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
        <translation>Tomt for partnernøkler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;SP id:</source>
        <translation>PSP-ID (betalings&amp;leverandør):</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/profileform.cpp" line="+2"/>
        <source>Only for a PSP</source>
        <translation>Bare for en PSP</translation>
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
        <translation>&amp;Abonnementsnøkkel:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>S&amp;how stored keys</source>
        <translation>Vis lagre&amp;de nøkler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vipps-System headers (optional)</source>
        <translation>Vipps-System-headere (valgfritt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ystem name:</source>
        <translation>S&amp;ystemnavn:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>System &amp;version:</source>
        <translation>System&amp;versjon:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pl&amp;ugin name:</source>
        <translation>Pl&amp;ugin-navn:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Plu&amp;gin version:</source>
        <translation>Plu&amp;gin-versjon:</translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="-199"/>
        <source>Production: changes affect live payments. Use production keys; test keys fail here.</source>
        <translation>Produksjon: endringer påvirker ekte betalinger. Bruk produksjonsnøkler; testnøkler virker ikke her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox built into this console: no real keys are needed.</source>
        <translation>Sandkassen som er innebygd i denne konsollen: ingen ekte nøkler trengs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the API base URL, such as https://apitest.vipps.no (plain http only for this computer, such as a local sandbox).</source>
        <translation>Skriv inn basis-URL-en til API-et, for eksempel https://apitest.vipps.no (ren http bare for denne datamaskinen, for eksempel en lokal sandkasse).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say whether this server is a test or a production server; until then it is treated as production.</source>
        <translation>Angi om denne serveren er en test- eller produksjonsserver; inntil da behandles den som produksjon.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A PSP profile: “Psp-Id: %1” is sent on every webhooks call (not on the token call), with the merchant&apos;s MSN above, never the PSP&apos;s own.</source>
        <translation>En PSP-profil: «Psp-Id: %1» sendes i hvert webhooks-kall (ikke i tokenkallet), med bedriftens MSN over, aldri PSP-ens eget.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The merchant&apos;s MSN, on whose behalf the PSP calls.</source>
        <translation>MSN-et til bedriften som PSP-en kaller på vegne av.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty means partner keys: registrations then cover every sales unit of the partner, present and future.</source>
        <translation>Tomt betyr partnernøkler: registreringene gjelder da alle salgsstedene til partneren, nåværende og fremtidige.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter a name, such as the shop and the environment.</source>
        <translation>Skriv inn et navn, for eksempel butikken og miljøet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A profile named “%1” exists already.</source>
        <translation>Det finnes allerede en profil med navnet «%1».</translation>
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
        <translation>abonnementsnøkkelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: %1 (business portal, For developers). They are kept in the keychain only.</source>
        <translation>Mangler fortsatt: %1 (bedriftsportalen, For utviklere). De lagres bare i nøkkelringen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keys are kept in the keychain only.</source>
        <translation>Nøklene lagres bare i nøkkelringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored keys are kept unless you type new ones.</source>
        <translation>Lagrede nøkler beholdes til du skriver inn nye.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Test (apitest.vipps.no)</source>
        <translation>Test (apitest.vipps.no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production (api.vipps.no)</source>
        <translation>Produksjon (api.vipps.no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL</source>
        <translation>Egendefinert basis-URL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which environment is this server?</source>
        <translation>Hvilket miljø er denne serveren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test server</source>
        <translation>En testserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A production server (live payments)</source>
        <translation>En produksjonsserver (ekte betalinger)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile “%1”</source>
        <translation>Profil «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Stored in the keychain</source>
        <translation>Lagret i nøkkelringen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A GUID from the business portal</source>
        <translation>En GUID fra bedriftsportalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the business portal</source>
        <translation>Fra bedriftsportalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ocp-Apim-Subscription-Key</source>
        <translation>Ocp-Apim-Subscription-Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant Serial Number: the sales unit, 4 to 7 digits</source>
        <translation>Merchant Serial Number (MSN): salgsstedet, 4 til 7 sifre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PSP&apos;s id, sent as Psp-Id on every webhooks call</source>
        <translation>En PSPs ID, sendt som Psp-Id i hvert webhooks-kall</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent as %1, at most 30 characters. Empty: “%2”.</source>
        <translation>Sendes som %1, høyst 30 tegn. Tomt: «%2».</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../ui/profileheader.cpp" line="+57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No profile</source>
        <translation>Ingen profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile: API keys of one sales unit (or partner) in one environment</source>
        <translation>Profilen: API-nøklene til ett salgssted (eller en partner) i ett miljø</translation>
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
        <translation>Sandkasse-API-et i dette programmet: eksempeldata, ingen nøkler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sandbox: the API runs inside this program; nothing reaches Vipps MobilePay</source>
        <translation>Sandkasse: API-et kjører i dette programmet; ingenting når Vipps MobilePay</translation>
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
        <translation>«%1» er ikke en gyldig webhook-ID.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Det finnes allerede en profil med navnet «%1».</translation>
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
        <translation>Ingen API-nøkler er lagret i nøkkelringen for profilen «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API keys of the profile “%1” in the keychain could not be read; save the profile again.</source>
        <translation>API-nøklene til profilen «%1» kunne ikke leses fra nøkkelringen; lagre profilen på nytt.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The secret of the webhook %1 is in the keychain, but this computer&apos;s list of stored secrets could not record it. %2</source>
        <translation>Hemmeligheten til webhooken %1 ligger i nøkkelringen, men listen over lagrede hemmeligheter på denne datamaskinen kunne ikke registrere den. %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No secret is stored on this computer for the webhook %1.</source>
        <translation>Ingen hemmelighet er lagret på denne datamaskinen for webhooken %1.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="+36"/>
        <source>Open the production profile “%1” (partner keys: every sales unit)? Changes there affect live payments.</source>
        <translation>Åpne produksjonsprofilen «%1» (partnernøkler: alle salgssteder)? Endringer der påvirker ekte betalinger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the production profile “%1” (MSN %2)? Changes there affect live payments.</source>
        <translation>Åpne produksjonsprofilen «%1» (MSN %2)? Endringer der påvirker ekte betalinger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open production profile</source>
        <translation>Åpne produksjonsprofil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is a production profile: it is not opened by itself.</source>
        <translation>«%1» er en produksjonsprofil: den åpnes ikke automatisk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Choose it in the profile list, or open it here.</source>
        <translation>Velg den i profillisten, eller åpne den her.</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+80"/>
        <source>Open “%1”…</source>
        <translation>Åpne «%1» …</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Registration in progress</source>
        <translation>Registrering pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registration is still running. If you switch now, its answer is dropped and the new webhook&apos;s secret may be lost. Switch anyway?</source>
        <translation>En registrering pågår fortsatt. Hvis du bytter nå, forkastes svaret, og hemmeligheten til den nye webhooken kan gå tapt. Vil du bytte likevel?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open Profiles…</source>
        <translation>Åpne Profiler …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is a production profile now: it is not opened by itself.</source>
        <translation>«%1» er nå en produksjonsprofil: den åpnes ikke automatisk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile “%1” saved.</source>
        <translation>Profilen «%1» er lagret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose it in the profile list to open it.</source>
        <translation>Velg den i profillisten for å åpne den.</translation>
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
        <translation>Legg &amp;til</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import from &amp;Postman…</source>
        <translation>Importer fra &amp;Postman …</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Test conne&amp;ction</source>
        <translation>Test til&amp;kobling</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="+148"/>
        <source>Discard Changes</source>
        <translation>Forkast endringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the profile you have not saved yet?</source>
        <translation>Forkaste profilen du ikke har lagret ennå?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>Forkaste de ulagrede endringene i «%1»?</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Reading the keys from the keychain...</source>
        <translation>Leser nøklene fra nøkkelringen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keys are stored for this profile. Enter them, then save.</source>
        <translation>Ingen nøkler er lagret for denne profilen. Skriv dem inn og lagre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain did not give the stored keys: %1</source>
        <translation>Nøkkelringen ga ikke fra seg de lagrede nøklene: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving...</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the stored keys from the keychain: %1 Nothing was saved; what you typed is still here.</source>
        <translation>Kunne ikke lese de lagrede nøklene fra nøkkelringen: %1 Ingenting ble lagret; det du skrev inn, står der fortsatt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keys are stored for this profile: enter the client ID, the client secret and the subscription key.</source>
        <translation>Ingen nøkler er lagret for denne profilen: skriv inn client ID, client secret og abonnementsnøkkelen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save: %1 Nothing was changed, and what you typed is still here.</source>
        <translation>Kunne ikke lagre: %1 Ingenting ble endret, og det du skrev inn, står der fortsatt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved “%1”. The keys are in the keychain.</source>
        <translation>Lagret «%1». Nøklene ligger i nøkkelringen.</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Open “%1” in the window</source>
        <translation>Åpne «%1» i vinduet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove Profile</source>
        <translation>Fjern profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile “%1”? Its API keys and the webhook secrets stored for it are deleted from this computer&apos;s keychain. The webhooks registered with Vipps MobilePay stay as they are.</source>
        <translation>Fjerne profilen «%1»? API-nøklene og webhook-hemmelighetene som er lagret for den, slettes fra nøkkelringen på denne datamaskinen. Webhookene som er registrert hos Vipps MobilePay, forblir som de er.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove “%1”: %2</source>
        <translation>Kunne ikke fjerne «%1»: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed “%1”.</source>
        <translation>Fjernet «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a Postman Environment</source>
        <translation>Importer et Postman-miljø</translation>
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
        <translation>Importert fra Postman. Kontroller verdiene og lagre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the fields marked above first.</source>
        <translation>Rett opp feltene som er merket ovenfor først.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in sandbox needs no keys; the main window starts it.</source>
        <translation>Den innebygde sandkassen trenger ingen nøkler; hovedvinduet starter den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the stored keys from the keychain: %1</source>
        <translation>Kunne ikke lese de lagrede nøklene fra nøkkelringen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the client ID, the client secret and the subscription key first.</source>
        <translation>Skriv inn client ID, client secret og abonnementsnøkkelen først.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Getting an access token from %1...</source>
        <translation>Henter et tilgangstoken fra %1 …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keys work. Token valid until %1.</source>
        <translation>Nøklene virker. Tokenet er gyldig til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection test failed.</source>
        <translation>Tilkoblingstesten mislyktes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace id: %1</source>
        <translation>Sporings-ID (trace id): %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported profile</source>
        <translation>Importert profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gets an access token with the values in the form</source>
        <translation>Henter et tilgangstoken med verdiene i skjemaet</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="qtstrings.cpp" line="+114"/>
        <source>Displays help on commandline options.</source>
        <translation>Viser hjelp for kommandolinjevalgene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Viser hjelp, inkludert Qt-spesifikke valg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Viser versjonsinformasjon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[valg]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Ukjent valg «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Ukjente valg: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Mangler verdi etter «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Uventet verdi etter «%1».</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-78"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Stasjon</translation>
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
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Liste over steder og bokmerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left</source>
        <translation>Alt+Venstre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up</source>
        <translation>Alt+Opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
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
        <translation>Overordnet mappe</translation>
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
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Right</source>
        <translation>Alt+Høyre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Opprett en ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at riktig mappenavn ble oppgitt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>S&amp;lett</translation>
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
        <translation>&amp;Gi nytt navn</translation>
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
        <translation>Ukjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Gå fremover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Gå til den overordnede mappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Nylige steder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at riktig filnavn ble oppgitt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
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
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Navnet «%1» kan ikke brukes.&lt;/b&gt;&lt;p&gt;Prøv et annet navn, med færre tegn eller uten skilletegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-9"/>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QuickSwitcherDialog</name>
    <message>
        <location filename="../ui/quickswitcherdialog.cpp" line="+27"/>
        <source>Switch Profile</source>
        <translation>Bytt profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name, an environment or an MSN</source>
        <translation>Skriv et navn, et miljø eller en MSN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>QuitAfterFirstList</name>
    <message numerus="yes">
        <location filename="../ui/quitafterfirstlist.cpp" line="+27"/>
        <source>Listed %n webhook(s).</source>
        <translation>
            <numerusform>Listet %n webhook.</numerusform>
            <numerusform>Listet %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listing failed: %1</source>
        <translation>Kunne ikke hente listen: %1</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ui/registerdialog.ui" line="+14"/>
        <source>Register a Webhook</source>
        <translation>Registrer en webhook</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Delete It and Register Again</source>
        <translation>S&amp;lett den og registrer på nytt</translation>
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
        <translation>&amp;Sjekk URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the URL as Vipps MobilePay would (name, TLS, redirects, a signed test POST), before registering it</source>
        <translation>Kall URL-en slik Vipps MobilePay ville gjort (navn, TLS, omdirigeringer, en signert test-POST) før du registrerer den</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Events:</source>
        <translation>&amp;Hendelser:</translation>
    </message>
    <message>
        <location filename="../ui/registerdialog.cpp" line="+147"/>
        <source>Refused.</source>
        <translation>Avvist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trace id (support asks for it): %1</source>
        <translation>Sporings-ID (trace id, kundeservice spør etter den): %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the https:// address that will receive the events.</source>
        <translation>Skriv inn https://-adressen som skal motta hendelsene.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use https://. Vipps MobilePay delivers webhooks over HTTPS only.</source>
        <translation>Bruk https://. Vipps MobilePay leverer webhooks bare over HTTPS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an absolute address that starts with https://, such as https://example.com/webhooks.</source>
        <translation>Skriv inn en absolutt adresse som begynner med https://, for eksempel https://example.com/webhooks.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is this computer: Vipps MobilePay cannot reach it. Use a public address (a tunnel gives you one for tests).</source>
        <translation>%1 er denne datamaskinen: Vipps MobilePay kan ikke nå den. Bruk en offentlig adresse (en tunnel gir deg en for testing).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a private or local address that Vipps MobilePay cannot reach. Use a public host name.</source>
        <translation>%1 er en privat eller lokal adresse som Vipps MobilePay ikke kan nå. Bruk et offentlig vertsnavn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is unusual: Vipps MobilePay recommends 443, 80 or 8080, and deliveries to other ports may fail.</source>
        <translation>Port %1 er uvanlig: Vipps MobilePay anbefaler 443, 80 eller 8080, og leveringer til andre porter kan mislykkes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A public HTTPS address. It must answer 2xx, without redirects.</source>
        <translation>En offentlig HTTPS-adresse. Den må svare 2xx, uten omdirigeringer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Register</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Registering the webhook. This can take a few seconds...</source>
        <translation>Registrerer webhooken. Dette kan ta noen sekunder …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, HTTP %2</source>
        <translation>%1, HTTP %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered, but the secret was not received.</source>
        <translation>Registrert, men hemmeligheten ble ikke mottatt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vipps MobilePay registered this webhook with the id %1, but the answer that carried its secret was lost (%2). The API never shows a secret again, so its deliveries cannot be verified.</source>
        <translation>Vipps MobilePay registrerte denne webhooken med ID-en %1, men svaret med hemmeligheten gikk tapt (%2). API-et viser aldri en hemmelighet igjen, så leveringene kan ikke verifiseres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete it and register again to get a new secret: the same URL and events, registered once.</source>
        <translation>Slett den og registrer på nytt for å få en ny hemmelighet: samme URL og hendelser, registrert én gang.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Registers with partner keys in %1: the webhook covers every sales unit, present and future.</source>
        <translation>Registrerer med partnernøkler i %1: webhooken gjelder alle salgssteder, nåværende og fremtidige.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registers as PSP %1 for the merchant&apos;s sales unit %2 in %3.</source>
        <translation>Registrerer som PSP %1 for bedriftens salgssted %2 i %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registers for sales unit %1 in %2.</source>
        <translation>Registrerer for salgssted %1 i %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This webhook will receive live payment events.</source>
        <translation>Denne webhooken vil motta hendelser for ekte betalinger.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+20"/>
        <source>Refused by the API: %1</source>
        <translation>Avvist av API-et: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one event.</source>
        <translation>Velg minst én hendelse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This URL is already registered for %1: each of these events would arrive twice.</source>
        <translation>Denne URL-en er allerede registrert for %1: hver av disse hendelsene ville kommet to ganger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events selected: %1.</source>
        <translation>Valgte hendelser: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The webhooks could not be loaded, so the limits and the events this URL already has were not checked.</source>
        <translation>Webhookene kunne ikke lastes inn, så grensene og hendelsene denne URL-en allerede har, ble ikke sjekket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not selected because the limit is reached: %1.</source>
        <translation>Ikke valgt fordi grensen er nådd: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterFlow</name>
    <message>
        <location filename="../ui/registerflow.cpp" line="+82"/>
        <source>Register %1 in PRODUCTION with partner keys, for every sales unit? It receives real payment events.</source>
        <translation>Registrere %1 i PRODUKSJON med partnernøkler, for alle salgssteder? Den mottar ekte betalingshendelser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register %1 in PRODUCTION for MSN %2? It receives real payment events.</source>
        <translation>Registrere %1 i PRODUKSJON for MSN %2? Den mottar ekte betalingshendelser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register in production</source>
        <translation>Registrer i produksjon</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&lt;b&gt;Registered, but the secret was not received:&lt;/b&gt; this registration has no secret anywhere, so its deliveries cannot be verified. Once it is deleted, the same URL and events are registered again, and the new secret is stored and shown.</source>
        <translation>&lt;b&gt;Registrert, men hemmeligheten ble ikke mottatt:&lt;/b&gt; denne registreringen har ingen hemmelighet noe sted, så leveringene kan ikke verifiseres. Når den er slettet, registreres samme URL og hendelser på nytt, og den nye hemmeligheten lagres og vises.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting the registration whose secret was lost…</source>
        <translation>Sletter registreringen som mistet hemmeligheten …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting it failed (%1). Nothing was registered again.</source>
        <translation>Slettingen mislyktes (%1). Ingenting ble registrert på nytt.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../ui/replacedialog.ui" line="+14"/>
        <source>Replace Webhook</source>
        <translation>Erstatt webhook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The API cannot change a registration. This registers the new URL for the events below and stores its secret on this computer. The old registration stays, and keeps receiving events, until you delete it.</source>
        <translation>API-et kan ikke endre en registrering. Dette registrerer den nye URL-en for hendelsene nedenfor og lagrer hemmeligheten på denne datamaskinen. Den gamle registreringen blir stående, og fortsetter å motta hendelser, til du sletter den.</translation>
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
        <translation>&amp;Hendelser:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Registering the new webhook. This can take a few seconds…</source>
        <translation>Registrerer den nye webhooken. Dette kan ta noen sekunder …</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Send a &amp;Test Delivery…</source>
        <translation>Send en &amp;testlevering …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete the Old Registration…</source>
        <translation>&amp;Slett den gamle registreringen …</translation>
    </message>
    <message>
        <location filename="../ui/replacedialog.cpp" line="+22"/>
        <source>Replacing %1
Id %2</source>
        <translation>Erstatter %1
ID %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register Replacement</source>
        <translation>Registrer erstatning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Step 1 of 2: register the replacement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Steg 1 av 2: registrer erstatningen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Refused by the API: %1</source>
        <translation>Avvist av API-et: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same URL as the old registration: the replacement gets a new secret, and each event arrives twice until the old one is deleted.</source>
        <translation>Samme URL som den gamle registreringen: erstatningen får en ny hemmelighet, og hver hendelse kommer to ganger til den gamle er slettet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one event.</source>
        <translation>Velg minst én hendelse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events selected: %1 (the old registration had %2).</source>
        <translation>Valgte hendelser: %1 (den gamle registreringen hadde %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At their limit while the old registration exists, so left out: %1. Delete the old registration first to keep them.</source>
        <translation>Utelatt fordi grensen er nådd så lenge den gamle registreringen finnes: %1. Slett den gamle registreringen først for å beholde dem.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep Both for Now</source>
        <translation>&amp;Behold begge inntil videre</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Refused.</source>
        <translation>Avvist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trace id (support asks for it): %1</source>
        <translation>Sporings-ID (trace id, kundeservice spør etter den): %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace Webhook — Next Steps</source>
        <translation>Erstatt webhook – neste steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Step 2 of 2: the new webhook is registered&lt;/b&gt;</source>
        <translation>&lt;b&gt;Steg 2 av 2: den nye webhooken er registrert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old %1
Id %2</source>
        <translation>Gammel %1
ID %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New %1
Id %2</source>
        <translation>Ny %1
ID %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its secret is kept in memory for this sandbox session (no keychain is available).</source>
        <translation>Hemmeligheten holdes i minnet i denne sandkasseøkten (ingen nøkkelring er tilgjengelig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its secret is stored in this computer&apos;s keychain.</source>
        <translation>Hemmeligheten er lagret i nøkkelringen på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its secret could not be stored on this computer: copy it from the secret dialog now.</source>
        <translation>Hemmeligheten kunne ikke lagres på denne datamaskinen: kopier den fra hemmelighetsdialogen nå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before you delete the old registration:&lt;ol&gt;&lt;li&gt;Give your receiver the new secret.&lt;/li&gt;&lt;li&gt;Check that deliveries reach the new URL.&lt;/li&gt;&lt;li&gt;Then delete the old registration.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;Until then, the old endpoint must keep answering 2xx.&lt;/b&gt; Vipps MobilePay may treat a failing endpoint as an incident, and it sends each event to both registrations meanwhile.</source>
        <translation>Før du sletter den gamle registreringen:&lt;ol&gt;&lt;li&gt;Gi mottakeren din den nye hemmeligheten.&lt;/li&gt;&lt;li&gt;Sjekk at leveringene når frem til den nye URL-en.&lt;/li&gt;&lt;li&gt;Slett deretter den gamle registreringen.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;Inntil da må det gamle endepunktet fortsette å svare 2xx.&lt;/b&gt; Vipps MobilePay kan behandle et endepunkt som feiler, som et driftsavvik, og sender i mellomtiden hver hendelse til begge registreringene.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Done: the webhook is replaced&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ferdig: webhooken er erstattet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old registration (%1) is deleted. Its endpoint no longer gets deliveries from Vipps MobilePay.</source>
        <translation>Den gamle registreringen (%1) er slettet. Endepunktet får ikke lenger leveringer fra Vipps MobilePay.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The old registration was not deleted: %1</source>
        <translation>Den gamle registreringen ble ikke slettet: %1</translation>
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
        <translation>&lt;b&gt;Erstatter:&lt;/b&gt; slett den gamle registreringen først når mottakeren din har den nye hemmeligheten og leveringene når frem til den nye URL-en. Inntil den er slettet, må det gamle endepunktet fortsette å svare 2xx: Vipps MobilePay kan behandle et endepunkt som feiler, som et driftsavvik.</translation>
    </message>
</context>
<context>
    <name>RetrySchedule</name>
    <message>
        <location filename="../app/core/retryschedule.cpp" line="+50"/>
        <source>If this endpoint fails (an answer other than 2xx, or none within about 10 seconds), Vipps MobilePay tries each delivery again: about every 2 seconds for the first four attempts, then after 1 and 2 minutes, then hourly through attempt %1, then daily, for %2 days. Deliveries go in order: a failing event blocks the later events of the same payment until it is delivered or given up.</source>
        <translation>Hvis dette endepunktet feiler (et annet svar enn 2xx, eller ikke noe svar innen omtrent 10 sekunder), prøver Vipps MobilePay hver levering på nytt: omtrent hvert 2. sekund de fire første forsøkene, så etter 1 og 2 minutter, så hver time til og med forsøk %1, så daglig, i %2 dager. Leveringene går i rekkefølge: en hendelse som feiler, blokkerer de senere hendelsene for samme betaling til den er levert eller gitt opp.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>If it started failing now (%1): hourly attempts from %2, the last hourly one at %3, the last attempt at %4 (%n attempts in all).</source>
        <translation>
            <numerusform>Hvis det begynte å feile nå (%1): forsøk hver time fra %2, det siste timesforsøket %3, det siste forsøket %4 (%n forsøk i alt).</numerusform>
            <numerusform>Hvis det begynte å feile nå (%1): forsøk hver time fra %2, det siste timesforsøket %3, det siste forsøket %4 (%n forsøk i alt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unresponsive for %1 days, the registration is removed, without notice: on %2. Refresh the list to notice.</source>
        <translation>Etter %1 dager uten svar fjernes registreringen, uten varsel: %2. Oppdater listen for å oppdage det.</translation>
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
        <translation>Sandkassen kjører allerede.</translation>
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
        <translation>Tilstandsfilen for sandkassen har en versjon dette programmet ikke kan lese.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox state file names an invalid sales unit &quot;%1&quot;.</source>
        <translation>Tilstandsfilen for sandkassen oppgir et ugyldig salgssted «%1».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sandbox state file has an invalid registration.</source>
        <translation>Tilstandsfilen for sandkassen har en ugyldig registrering.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save the sandbox state to %1: %2</source>
        <translation>Kunne ikke lagre sandkassens tilstand i %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the sandbox state from %1: %2</source>
        <translation>Kunne ikke lese sandkassens tilstand fra %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox state file %1 is too large.</source>
        <translation>Tilstandsfilen %1 for sandkassen er for stor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sandbox state file %1 is not valid JSON.</source>
        <translation>Tilstandsfilen %1 for sandkassen er ikke gyldig JSON.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/secretdialog.ui" line="+14"/>
        <source>Save this secret</source>
        <translation>Ta vare på denne hemmeligheten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Save this secret now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ta vare på denne hemmeligheten nå&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your webhook receiver needs this secret to verify that deliveries come from Vipps MobilePay. It is shown only once: the API never returns it again. If it is lost, the only remedy is a new registration.</source>
        <translation>Webhook-mottakeren din trenger denne hemmeligheten for å verifisere at leveringene kommer fra Vipps MobilePay. Den vises bare én gang: API-et returnerer den aldri igjen. Hvis den går tapt, er eneste løsning en ny registrering.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the secret; the clipboard is cleared again after 30 seconds</source>
        <translation>Kopier hemmeligheten; utklippstavlen tømmes igjen etter 30 sekunder</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;I have saved this secret</source>
        <translation>&amp;Jeg har tatt vare på denne hemmeligheten</translation>
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
        <translation>Sandkasse: ingen nøkkelring er tilgjengelig, så hemmeligheten holdes i minnet bare i denne økten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox: a copy is stored in this computer&apos;s keychain, and the sandbox keeps this registration for the next time.</source>
        <translation>Sandkasse: en kopi er lagret i nøkkelringen på denne datamaskinen, og sandkassen tar vare på denne registreringen til neste gang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is stored in this computer&apos;s keychain for profile “%1”. Keep it where your webhook receiver can use it, too.</source>
        <translation>En kopi er lagret i nøkkelringen på denne datamaskinen for profilen «%1». Oppbevar den også der webhook-mottakeren din kan bruke den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The secret could not be stored in the keychain.&lt;/b&gt; Copy it now and keep it in your password manager or your receiver&apos;s configuration: it cannot be shown again.</source>
        <translation>&lt;b&gt;Hemmeligheten kunne ikke lagres i nøkkelringen.&lt;/b&gt; Kopier den nå og oppbevar den i passordbehandleren din eller i mottakerens konfigurasjon: den kan ikke vises igjen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain: %1</source>
        <translation>Nøkkelring: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the secret first: it is not stored anywhere else</source>
        <translation>Kopier hemmeligheten først: den er ikke lagret noe annet sted</translation>
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
        <translation>Send testlevering (simulert)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Event:</source>
        <translation>&amp;Hendelse:</translation>
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
        <translation>Det som ble s&amp;endt (lim det inn i Verifiser levering for å se det mottakeren ser):</translation>
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
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>E&amp;nter Secret…</source>
        <translation>Skriv &amp;inn hemmelighet …</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sending a simulated delivery of %1 to %2…</source>
        <translation>Sender en simulert levering av %1 til %2 …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. The receiver may have got the simulated delivery anyway.</source>
        <translation>Stoppet. Mottakeren kan likevel ha fått den simulerte leveringen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Simulated delivery failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Den simulerte leveringen mislyktes:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have reached the receiver.</source>
        <translation>Den kan ha nådd mottakeren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: %1</source>
        <translation>Ingenting ble sendt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Simulated delivery: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Simulert levering: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receiver redirected the delivery; Vipps MobilePay does not follow redirects.</source>
        <translation>Mottakeren omdirigerte leveringen; Vipps MobilePay følger ikke omdirigeringer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vipps MobilePay would count this delivery as failed and retry it.</source>
        <translation>Vipps MobilePay ville regnet denne leveringen som mislykket og prøvd igjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiver accepted it.</source>
        <translation>Mottakeren godtok den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… (only the start is shown)</source>
        <translation>… (bare begynnelsen vises)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer (%1):</source>
        <translation>&amp;Svar (%1):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent yet.</source>
        <translation>Ikke sendt ennå.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send Again</source>
        <translation>Sen&amp;d igjen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the secret stored on this machine for this webhook.</source>
        <translation>Signert med hemmeligheten som er lagret på denne maskinen for denne webhooken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed. Enter the secret (if you kept it when the webhook was registered), or replace the webhook to get a new one.</source>
        <translation>Ingen hemmelighet for denne webhooken er lagret på denne maskinen, så leveringen kan ikke signeres. Skriv inn hemmeligheten (hvis du tok vare på den da webhooken ble registrert), eller erstatt webhooken for å få en ny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed. This version cannot take a secret for an existing webhook yet: replace the webhook (register its URL again, then delete the old one) to get a secret stored here.</source>
        <translation>Ingen hemmelighet for denne webhooken er lagret på denne maskinen, så leveringen kan ikke signeres. Denne versjonen kan ennå ikke ta imot en hemmelighet for en eksisterende webhook: erstatt webhooken (registrer URL-en på nytt og slett deretter den gamle) for å få en hemmelighet lagret her.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sends a &lt;b&gt;simulated&lt;/b&gt; delivery, not one from Vipps MobilePay: a sample payload for the event, signed with the webhook&apos;s secret exactly as Vipps MobilePay signs deliveries, marked with the header &lt;tt&gt;X-Webhook-Console-Test: true&lt;/tt&gt; and &lt;tt&gt;&quot;simulated&quot;: true&lt;/tt&gt; in the body.</source>
        <translation>Sender en &lt;b&gt;simulert&lt;/b&gt; levering, ikke en fra Vipps MobilePay: et eksempelinnhold for hendelsen, signert med webhookens hemmelighet nøyaktig slik Vipps MobilePay signerer leveringer, merket med headeren &lt;tt&gt;X-Webhook-Console-Test: true&lt;/tt&gt; og &lt;tt&gt;&quot;simulated&quot;: true&lt;/tt&gt; i innholdet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Id: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ This goes to a production receiver. Make sure it ignores deliveries marked as simulated.</source>
        <translation>⚠ Dette går til en mottaker i produksjon. Sørg for at den ignorerer leveringer som er merket som simulerte.</translation>
    </message>
</context>
<context>
    <name>SimulateEventDialog</name>
    <message>
        <location filename="../ui/simulateeventdialog.ui" line="+14"/>
        <source>Simulate Event (Sandbox)</source>
        <translation>Simuler hendelse (sandkasse)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox delivers as Vipps MobilePay does: one simulated event, POSTed to every sandbox registration of this sales unit that has the event type, each signed with its own secret and marked X-Webhook-Console-Test: true.</source>
        <translation>Sandkassen leverer slik Vipps MobilePay gjør: én simulert hendelse, sendt med POST til alle registreringer i sandkassen for dette salgsstedet som har hendelsestypen, hver signert med sin egen hemmelighet og merket X-Webhook-Console-Test: true.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Event:</source>
        <translation>&amp;Hendelse:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Registration URL</source>
        <translation>Registrert URL</translation>
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
        <translation>&amp;Simuler</translation>
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
        <translation>Simulerte hendelser finnes bare i sandkassemiljøet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sandbox registration has this event: register a webhook for it first, or choose another.</source>
        <translation>Ingen registrering i sandkassen har denne hendelsen: registrer en webhook for den først, eller velg en annen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes to %1.</source>
        <translation>Går til %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Id: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulating %1…</source>
        <translation>Simulerer %1 …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Deliveries already sent may have arrived.</source>
        <translation>Stoppet. Leveringer som allerede er sendt, kan ha kommet frem.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed: %1</source>
        <translation>Mislyktes: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No sandbox registration has this event: nothing was sent.</source>
        <translation>Ingen registrering i sandkassen har denne hendelsen: ingenting ble sendt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated: %1 of %2 answered 2xx.</source>
        <translation>Simulert: %1 av %2 svarte 2xx.</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <location filename="../app/storage/statestore.cpp" line="+130"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; on Debian it is the package libqt6sql6-sqlite.</source>
        <translation>Qts SQLite-driver (QSQLITE) er ikke installert; på Debian er det pakken libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The folder of the local state file “%1” could not be created.</source>
        <translation>Mappen til den lokale tilstandsfilen «%1» kunne ikke opprettes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The local state file “%1” could not be opened: %2</source>
        <translation>Den lokale tilstandsfilen «%1» kunne ikke åpnes: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is damaged (%1)</source>
        <translation>den er skadet (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer version of this program (schema %1; this version knows up to %2)</source>
        <translation>den ble skrevet av en nyere versjon av dette programmet (skjema %1; denne versjonen kjenner opptil %2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The local state file “%1” could not be read (%2). It was moved aside to “%3” and a new one was started. The secrets in the keychain are untouched, but webhooks registered before may no longer show that their secret is on this computer.</source>
        <translation>Den lokale tilstandsfilen «%1» kunne ikke leses (%2). Den ble flyttet til «%3», og en ny ble startet. Hemmelighetene i nøkkelringen er urørt, men webhooks som ble registrert tidligere, viser kanskje ikke lenger at hemmeligheten ligger på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The local state file “%1” could not be used: %2</source>
        <translation>Den lokale tilstandsfilen «%1» kunne ikke brukes: %2</translation>
    </message>
</context>
<context>
    <name>StatusBarInfo</name>
    <message>
        <location filename="../ui/statusbarinfo.cpp" line="+43"/>
        <source>The access token is kept in memory only and renewed when needed</source>
        <translation>Tilgangstokenet holdes bare i minnet og fornyes ved behov</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No profile open</source>
        <translation>Ingen profil er åpen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token valid until %1</source>
        <translation>Tokenet er gyldig til %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No token yet</source>
        <translation>Ingen token ennå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshed at %1</source>
        <translation>Oppdatert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not loaded yet</source>
        <translation>Ikke lastet inn ennå</translation>
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
        <translation>%1 av 1 webhook vises</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n webhooks shown</source>
        <translation>
            <numerusform>%1 av %n webhook vises</numerusform>
            <numerusform>%1 av %n webhooks vises</numerusform>
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
        <translation>URL-en er ikke en gyldig absolutt URL med vertsnavn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password.</source>
        <translation>URL-en kan ikke inneholde brukernavn eller passord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not have a #fragment.</source>
        <translation>URL-en kan ikke ha en #fragment-del.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliveries go to https URLs only (plain http only to this computer, for the sandbox).</source>
        <translation>Leveringer går bare til https-URL-er (ren http bare til denne datamaskinen, for sandkassen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https://.</source>
        <translation>URL-en må begynne med https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+117"/>
        <source>Sending a test delivery</source>
        <translation>Sending av testlevering</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>A secret is needed to sign the delivery.</source>
        <translation>Det trengs en hemmelighet for å signere leveringen.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No answer within %1; Vipps MobilePay would count this delivery as failed and retry it.</source>
        <translation>Ikke noe svar innen %1; Vipps MobilePay ville regnet denne leveringen som mislykket og prøvd igjen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection closed before the receiver answered; the delivery was not sent again.</source>
        <translation>Tilkoblingen ble lukket før mottakeren svarte; leveringen ble ikke sendt på nytt.</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <location filename="../app/delivery/tlsprobe.cpp" line="+30"/>
        <source>an older or unknown protocol</source>
        <translation>en eldre eller ukjent protokoll</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No TLS handshake within %1.</source>
        <translation>Ikke noe TLS-håndtrykk innen %1.</translation>
    </message>
</context>
<context>
    <name>UrlPreflight</name>
    <message>
        <location filename="../app/delivery/urlpreflight.cpp" line="+90"/>
        <source>Not checked: the URL is not valid.</source>
        <translation>Ikke sjekket: URL-en er ikke gyldig.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+17"/>
        <source>Not checked: Vipps MobilePay could not reach this address.</source>
        <translation>Ikke sjekket: Vipps MobilePay kunne ikke nå denne adressen.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Not checked: Vipps MobilePay delivers to https URLs only.</source>
        <translation>Ikke sjekket: Vipps MobilePay leverer bare til https-URL-er.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no answer within %1.</source>
        <translation>ikke noe svar innen %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent: no test POST was asked for.</source>
        <translation>Ikke sendt: ingen test-POST ble bedt om.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked: the TLS check failed.</source>
        <translation>Ikke sjekket: TLS-sjekken mislyktes.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/core/validation.cpp" line="+76"/>
        <source>The base URL must be an absolute URL such as https://api.example.com.</source>
        <translation>Basis-URL-en må være en absolutt URL, for eksempel https://api.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Basis-URL-en kan ikke inneholde brukernavn eller passord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query or a fragment.</source>
        <translation>Basis-URL-en kan ikke ha spørring eller fragment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plain http is allowed only for this computer (127.0.0.1, ::1, localhost); use https.</source>
        <translation>Ren http er bare tillatt mot denne datamaskinen (127.0.0.1, ::1, localhost); bruk https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with https://.</source>
        <translation>Basis-URL-en må begynne med https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the URL that should receive the webhook deliveries.</source>
        <translation>Skriv inn URL-en som skal motta webhook-leveringene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL is longer than 2048 characters.</source>
        <translation>URL-en er lengre enn 2048 tegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain spaces or control characters.</source>
        <translation>URL-en kan ikke inneholde mellomrom eller kontrolltegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL is not a valid absolute URL.</source>
        <translation>URL-en er ikke en gyldig absolutt URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https://.</source>
        <translation>URL-en må begynne med https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL has no host name.</source>
        <translation>URL-en har ikke noe vertsnavn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password.</source>
        <translation>URL-en kan ikke inneholde brukernavn eller passord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not have a #fragment.</source>
        <translation>URL-en kan ikke ha en #fragment-del.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Merchant Serial Number is 4 to 7 digits (leave it empty for partner keys).</source>
        <translation>Merchant Serial Number (MSN) er 4 til 7 sifre (la det stå tomt for partnernøkler).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PSP id is 1 to 64 letters, digits, “-”, “_” or “.”.</source>
        <translation>PSP-ID-en er 1 til 64 bokstaver, sifre, «-», «_» eller «.».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most 30 characters.</source>
        <translation>Høyst 30 tegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control characters (such as line breaks) are not allowed.</source>
        <translation>Kontrolltegn (som linjeskift) er ikke tillatt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only plain ASCII characters are allowed in HTTP headers.</source>
        <translation>Bare vanlige ASCII-tegn er tillatt i HTTP-headere.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose at least one event.</source>
        <translation>Velg minst én hendelse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an event type.</source>
        <translation>«%1» er ikke en hendelsestype.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many events in one registration.</source>
        <translation>For mange hendelser i én registrering.</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../ui/vaultactions.cpp" line="+28"/>
        <source>Replacement registered. Delete the old registration when deliveries reach the new URL.</source>
        <translation>Erstatning registrert. Slett den gamle registreringen når leveringene når frem til den nye URL-en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The old registration is deleted: the webhook is replaced.</source>
        <translation>Den gamle registreringen er slettet: webhooken er erstattet.</translation>
    </message>
</context>
<context>
    <name>VerifyDeliveryDialog</name>
    <message>
        <location filename="../ui/verifydeliverydialog.ui" line="+14"/>
        <source>Verify Delivery</source>
        <translation>Verifiser levering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste a delivery exactly as your endpoint received it and choose the secret. The check runs on this computer: nothing is sent anywhere.</source>
        <translation>Lim inn en levering nøyaktig slik endepunktet ditt mottok den, og velg hemmeligheten. Sjekken kjøres på denne datamaskinen: ingenting sendes noe sted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Webhook and secret</source>
        <translation>Webhook og hemmelighet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Secret:</source>
        <translation>Hemmelighet:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The one &amp;stored on this machine for this webhook</source>
        <translation>Den som er &amp;lagret på denne maskinen for denne webhooken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Typed:</source>
        <translation>Skrevet &amp;inn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The webhook&apos;s secret, as returned at registration</source>
        <translation>Webhookens hemmelighet, slik den ble returnert ved registreringen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;ny stored secret: find the registration that signed it</source>
        <translation>Alle lagrede hemmeligheter: &amp;finn den som signerte</translation>
    </message>
    <message>
        <location filename="../ui/verifydeliverydialog.cpp" line="+27"/>
        <location line="+340"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verifiser</translation>
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
        <translation>Hash av innholdet</translation>
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
        <translation>Ingen: ingen registrert URL å sammenligne med, hemmeligheten skrevet inn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (secret stored)</source>
        <translation>%1 (hemmelighet lagret)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id: %1
Events: %2</source>
        <translation>ID: %1
Hendelser: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+12"/>
        <source>Cannot verify yet</source>
        <translation>Kan ikke verifisere ennå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the webhook&apos;s secret, or choose a webhook whose secret is stored on this machine.</source>
        <translation>Skriv inn webhookens hemmelighet, eller velg en webhook som har hemmeligheten lagret på denne maskinen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the secret…</source>
        <translation>Leser hemmeligheten …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>From the keychain of this computer.</source>
        <translation>Fra nøkkelringen på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No stored secret</source>
        <translation>Ingen lagret hemmelighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret of this webhook is stored on this machine: type it.</source>
        <translation>Ingen hemmelighet for denne webhooken er lagret på denne maskinen: skriv den inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret could not be read</source>
        <translation>Hemmeligheten kunne ikke leses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The text ended with a line break that is not part of the signed body (copying usually adds one): it was left out.</source>
        <translation>Teksten sluttet med et linjeskift som ikke er en del av det signerte innholdet (kopiering legger vanligvis til ett): det ble utelatt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request&apos;s own Host and path were taken as the registered URL: choose the webhook to compare them with the URL it was registered with.</source>
        <translation>Forespørselens egen Host og sti ble brukt som registrert URL: velg webhooken for å sammenligne dem med URL-en den ble registrert med.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhook-Id: %1 (this delivery&apos;s id, not the registration&apos;s)</source>
        <translation>Webhook-Id: %1 (denne leveringens ID, ikke registreringens)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying every stored secret…</source>
        <translation>Prøver hver lagrede hemmelighet …</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Signed with this secret and unchanged since: this delivery is genuine.</source>
        <translation>Signert med denne hemmeligheten og uendret siden: denne leveringen er ekte.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Failed step: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Mislykket steg: &lt;b&gt;%1&lt;/b&gt;</translation>
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
        <translation>Verifiser forteller om leveringen er ekte og, hvis den ikke er det, hvilket steg som mislyktes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The delivery&apos;s host, path and query are compared with the registered URL %1.</source>
        <translation>Leveringens vert, sti og spørring sammenlignes med den registrerte URL-en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No webhook chosen: the delivery&apos;s own URL (in a raw request, its Host header and path) stands for the registered URL.</source>
        <translation>Ingen webhook valgt: leveringens egen URL (i en rå forespørsel: Host-headeren og stien) står for den registrerte URL-en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a webhook to use the secret stored for it, or type the secret.</source>
        <translation>Velg en webhook for å bruke hemmeligheten som er lagret for den, eller skriv inn hemmeligheten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret of this webhook is stored on this machine: type it. If it is lost, replace the webhook (register its URL again, then delete the old one).</source>
        <translation>Ingen hemmelighet for denne webhooken er lagret på denne maskinen: skriv den inn. Hvis den er tapt, må du erstatte webhooken (registrer URL-en på nytt og slett deretter den gamle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox keeps this secret in memory for this session; it is not shown.</source>
        <translation>Sandkassen holder denne hemmeligheten i minnet i denne økten; den vises ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from the keychain when you verify; it is not shown.</source>
        <translation>Leses fra nøkkelringen når du verifiserer; den vises ikke.</translation>
    </message>
</context>
<context>
    <name>WatchActions</name>
    <message>
        <location filename="../ui/watchactions.cpp" line="+19"/>
        <source>&amp;History…</source>
        <translation>&amp;Historikk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate Removal by Vipps MobilePay</source>
        <translation>Simuler fjerning fra Vipps MobilePay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;Automatically</source>
        <translation>Oppdater &amp;automatisk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change made on this machine, and what vanished (%1)</source>
        <translation>Hver endring gjort på denne maskinen, og det som forsvant (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Off</source>
        <translation>&amp;Av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;5 minutes</source>
        <translation>Hvert &amp;5. minutt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;15 minutes</source>
        <translation>Hvert &amp;15. minutt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;hour</source>
        <translation>Hver &amp;time</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sandbox: remove the selected registrations silently, as Vipps MobilePay removes endpoints that failed for two weeks; the next refresh notices</source>
        <translation>Sandkasse: fjern de valgte registreringene i stillhet, slik Vipps MobilePay fjerner endepunkter som har feilet i to uker; neste oppdatering oppdager det</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n webhook registration(s) vanished</source>
        <translation>
            <numerusform>%n webhook-registrering forsvant</numerusform>
            <numerusform>%n webhook-registreringer forsvant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed outside Webhook Console (%1, %2): %3</source>
        <translation>Fjernet utenfor Webhook Console (%1, %2): %3</translation>
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
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Secret:</source>
        <translation>Hemmelighet:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighet</translation>
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
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport Secret…</source>
        <translation>Eks&amp;porter hemmelighet …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;move Stored Secret…</source>
        <translation>Fje&amp;rn lagret hemmelighet …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Enter Secret…</source>
        <translation>Skriv &amp;inn hemmelighet …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Events:</source>
        <translation>Hendelser:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event type</source>
        <translation>Hendelsestype</translation>
    </message>
    <message>
        <location filename="../ui/webhookdetailsdialog.cpp" line="-94"/>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this version&apos;s catalogue)</source>
        <translation>(ikke i katalogen til denne versjonen)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Events (%n):</source>
        <translation>
            <numerusform>Hendelser (%n):</numerusform>
            <numerusform>Hendelser (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Test Delivery…</source>
        <translation>Send &amp;testlevering …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a simulated delivery, signed with the stored secret, to this webhook&apos;s URL</source>
        <translation>Send en simulert levering, signert med den lagrede hemmeligheten, til URL-en til denne webhooken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;place…</source>
        <translation>&amp;Erstatt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new webhook in place of this one and delete this one when you are ready (the API cannot change a registration)</source>
        <translation>Registrer en ny webhook i stedet for denne, og slett denne når du er klar (API-et kan ikke endre en registrering)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the stored secret in this dialog</source>
        <translation>Vis den lagrede hemmeligheten i denne dialogen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copy the stored secret; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Kopier den lagrede hemmeligheten; utklippstavlen tømmes etter %n sekund</numerusform>
            <numerusform>Kopier den lagrede hemmeligheten; utklippstavlen tømmes etter %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the secret to a file, in clear text</source>
        <translation>Skriv hemmeligheten til en fil, i klartekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the secret from this computer&apos;s keychain; the webhook stays registered</source>
        <translation>Slett hemmeligheten fra nøkkelringen på denne datamaskinen; webhooken forblir registrert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the secret of a webhook registered elsewhere, so its deliveries can be verified here</source>
        <translation>Lagre hemmeligheten til en webhook som er registrert et annet sted, slik at leveringene kan verifiseres her</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kept in memory for this sandbox session (no keychain is available).</source>
        <translation>Holdes i minnet i denne sandkasseøkten (ingen nøkkelring er tilgjengelig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in this computer&apos;s keychain.</source>
        <translation>Lagret i nøkkelringen på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored on this machine. The API returns a secret only once, at registration: if you have it, enter it; otherwise replace the webhook to get a new secret.</source>
        <translation>Ikke lagret på denne maskinen. API-et returnerer en hemmelighet bare én gang, ved registreringen: hvis du har den, skriv den inn; ellers må du erstatte webhooken for å få en ny hemmelighet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This webhook is no longer in the list.</source>
        <translation>Denne webhooken er ikke lenger i listen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hide</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the secret from the keychain…</source>
        <translation>Leser hemmeligheten fra nøkkelringen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain did not give the secret: %1</source>
        <translation>Nøkkelringen ga ikke fra seg hemmeligheten: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reveal Secret</source>
        <translation>Vis hemmelighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the secret of this production webhook on screen? Anyone who sees it can make deliveries that your receiver accepts as genuine.</source>
        <translation>Vise hemmeligheten til denne produksjons-webhooken på skjermen? Alle som ser den, kan lage leveringer som mottakeren din godtar som ekte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shown on screen</source>
        <translation>vist på skjermen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy Secret</source>
        <translation>Kopier hemmelighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the secret of this production webhook to the clipboard? Anyone who has it can make deliveries that your receiver accepts as genuine.</source>
        <translation>Kopiere hemmeligheten til denne produksjons-webhooken til utklippstavlen? Alle som har den, kan lage leveringer som mottakeren din godtar som ekte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copied to the clipboard</source>
        <translation>kopiert til utklippstavlen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Utklippstavlen tømmes om %n sekund.</numerusform>
            <numerusform>Kopiert. Utklippstavlen tømmes om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Export Secret</source>
        <translation>Eksporter hemmelighet</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file will hold the secret of this webhook in clear text, readable by anyone who can read the file. With it, anyone can make deliveries that your receiver accepts as genuine.

Keep the file only as long as you need it, and never in a shared folder, a backup or version control. Export anyway?</source>
        <translation>Filen vil inneholde hemmeligheten til denne webhooken i klartekst, lesbar for alle som kan lese filen. Med den kan hvem som helst lage leveringer som mottakeren din godtar som ekte.

Behold filen bare så lenge du trenger den, og aldri i en delt mappe, en sikkerhetskopi eller versjonskontroll. Vil du eksportere likevel?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstfiler (*.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to %1, readable by you only. The file holds the secret in clear text: delete it when you no longer need it.</source>
        <translation>Eksportert til %1, lesbar bare for deg. Filen inneholder hemmeligheten i klartekst: slett den når du ikke lenger trenger den.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Stored Secret</source>
        <translation>Fjern lagret hemmelighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the secret of this webhook from this computer? The webhook stays registered with Vipps MobilePay, but this console can no longer verify its deliveries or sign test deliveries. The API never shows a secret again: you can only enter it again if you have it elsewhere.</source>
        <translation>Fjerne hemmeligheten til denne webhooken fra denne datamaskinen? Webhooken forblir registrert hos Vipps MobilePay, men denne konsollen kan ikke lenger verifisere leveringene eller signere testleveringer. API-et viser aldri en hemmelighet igjen: du kan bare skrive den inn på nytt hvis du har den et annet sted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keychain did not remove the secret: %1</source>
        <translation>Nøkkelringen fjernet ikke hemmeligheten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored secret was removed from this computer.</source>
        <translation>Den lagrede hemmeligheten ble fjernet fra denne datamaskinen.</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret of this webhook is stored in this computer&apos;s keychain.</source>
        <translation>Hemmeligheten til denne webhooken er lagret i nøkkelringen på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret for this webhook on this computer. Enter it if you have it, or replace the webhook to get a new one.</source>
        <translation>Ingen hemmelighet for denne webhooken på denne datamaskinen. Skriv den inn hvis du har den, eller erstatt webhooken for å få en ny.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret. Verify a delivery with the secret of the registration that sent it, or delete the extra registrations.</source>
        <translation>
            <numerusform>Denne URL-en har %n registrering: hver hendelse kommer én gang per registrering, hver signert med sin egen hemmelighet. Verifiser en levering med hemmeligheten til registreringen som sendte den, eller slett de ekstra registreringene.</numerusform>
            <numerusform>Denne URL-en har %n registreringer: hver hendelse kommer én gang per registrering, hver signert med sin egen hemmelighet. Verifiser en levering med hemmeligheten til registreringen som sendte den, eller slett de ekstra registreringene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the webhook&apos;s secret is stored on this machine</source>
        <translation>Om webhookens hemmelighet er lagret på denne maskinen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secret here</source>
        <translation>Hemmelighet her</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>WebhookOperations</name>
    <message>
        <location filename="../app/operations/webhookoperations.cpp" line="+225"/>
        <source>Whether the webhook was registered could not be checked: %1</source>
        <translation>Det kunne ikke kontrolleres om webhooken ble registrert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It has not been registered: the list of webhooks shows no new registration with this URL and events.</source>
        <translation>Den er ikke registrert: listen over webhooks viser ingen ny registrering med denne URL-en og disse hendelsene.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Whether it was registered cannot be told: the list before the attempt failed (%1), and %n registration(s) with this URL and events exist now. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>Om den ble registrert, kan ikke avgjøres: listen før forsøket mislyktes (%1), og %n registrering med denne URL-en og disse hendelsene finnes nå. Sjekk listen før du sletter noen av dem.</numerusform>
            <numerusform>Om den ble registrert, kan ikke avgjøres: listen før forsøket mislyktes (%1), og %n registreringer med denne URL-en og disse hendelsene finnes nå. Sjekk listen før du sletter noen av dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n new registrations with this URL and events appeared (another program may be registering too): which one this attempt made cannot be told. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>%n ny registrering med denne URL-en og disse hendelsene dukket opp (et annet program registrerer kanskje også): hvilken dette forsøket laget, kan ikke avgjøres. Sjekk listen før du sletter noen av dem.</numerusform>
            <numerusform>%n nye registreringer med denne URL-en og disse hendelsene dukket opp (et annet program registrerer kanskje også): hvilken dette forsøket laget, kan ikke avgjøres. Sjekk listen før du sletter noen av dem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The webhook was registered (id %1), but its secret was not received. Delete it and register again to get a secret.</source>
        <translation>Webhooken ble registrert (ID %1), men hemmeligheten ble ikke mottatt. Slett den og registrer på nytt for å få en hemmelighet.</translation>
    </message>
</context>
<context>
    <name>WebhookTablePage</name>
    <message>
        <location filename="../ui/webhooktablepage.cpp" line="-267"/>
        <source>&amp;Register a webhook…</source>
        <translation>&amp;Registrer en webhook …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the filter</source>
        <translation>&amp;Tøm filteret</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by URL, event or id (Ctrl+F)</source>
        <translation>Filtrer etter URL, hendelse eller ID (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Re&amp;view…</source>
        <translation>&amp;Gjennomgå …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the orphaned secrets and remove them</source>
        <translation>Vis de foreldreløse hemmelighetene og fjern dem</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No webhooks are registered here yet.
Register one to have Vipps MobilePay tell your systems about payments.</source>
        <translation>Ingen webhooks er registrert her ennå.
Registrer en, så varsler Vipps MobilePay systemene dine om betalinger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No webhook matches “%1”.</source>
        <translation>Ingen webhook samsvarer med «%1».</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Copy &amp;URL</source>
        <translation>Kopier &amp;URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;URLs</source>
        <translation>Kopier &amp;URL-er</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;id</source>
        <translation>Kopier &amp;ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;ids</source>
        <translation>Kopier &amp;ID-er</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as &amp;JSON</source>
        <translation>Kopier som &amp;JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>&amp;Detaljer …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register &amp;similar…</source>
        <translation>&amp;Registrer lignende …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;place…</source>
        <translation>&amp;Erstatt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new URL in place of this webhook, then delete this one</source>
        <translation>Registrer en ny URL i stedet for denne webhooken, og slett deretter denne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Slett …</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>De&amp;lete %n…</source>
        <translation>
            <numerusform>&amp;Slett %n …</numerusform>
            <numerusform>&amp;Slett %n …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Stored on this computer for webhooks that no longer exist: %n secret(s).</source>
        <translation>
            <numerusform>Lagret på denne datamaskinen for webhooks som ikke lenger finnes: %n hemmelighet.</numerusform>
            <numerusform>Lagret på denne datamaskinen for webhooks som ikke lenger finnes: %n hemmeligheter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhooksClient</name>
    <message>
        <location filename="../app/core/webhooksclient.cpp" line="+146"/>
        <source>Vipps-System header &quot;%1&quot;: %2</source>
        <translation>Vipps-System-headeren «%1»: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client_id, client_secret and subscription key are all required.</source>
        <translation>client_id, client_secret og abonnementsnøkkelen må alle fylles inn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API keys contain characters that cannot be sent in an HTTP header.</source>
        <translation>API-nøklene inneholder tegn som ikke kan sendes i en HTTP-header.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer is larger than %1 MiB and was refused.</source>
        <translation>Svaret er større enn %1 MiB og ble avvist.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+100"/>
        <source>The deadline of %n second(s) passed before the API answered.</source>
        <translation>
            <numerusform>Tidsfristen på %n sekund gikk ut før API-et svarte.</numerusform>
            <numerusform>Tidsfristen på %n sekunder gikk ut før API-et svarte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The connection closed before the API answered.</source>
        <translation>Tilkoblingen ble lukket før API-et svarte.</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+149"/>
        <source>Getting an access token</source>
        <translation>Henting av tilgangstoken</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The API answered with a redirect to %1, which is not followed.</source>
        <translation>API-et svarte med en omdirigering til %1, som ikke følges.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token was refused twice.</source>
        <translation>Tilgangstokenet ble avvist to ganger.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>The deadline of %n second(s) left no time to try again.</source>
        <translation>
            <numerusform>Tidsfristen på %n sekund ga ikke tid til et nytt forsøk.</numerusform>
            <numerusform>Tidsfristen på %n sekunder ga ikke tid til et nytt forsøk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing webhooks</source>
        <translation>Henting av webhooks</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Registering a webhook</source>
        <translation>Registrering av webhook</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleting webhook %1</source>
        <translation>Sletting av webhook %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a webhook id (a UUID).</source>
        <translation>«%1» er ikke en webhook-ID (en UUID).</translation>
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
        <translation>Registrer, vis og slett webhookene som Vipps MobilePay bruker til å varsle systemene dine om betalinger, avtaler og innsjekkinger.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need the API keys of your sales unit (client_id, client_secret and the subscription key), from the business portal under “For developers”. They are kept in this computer&apos;s keychain.</source>
        <translation>Du trenger API-nøklene til salgsstedet ditt (client_id, client_secret og abonnementsnøkkelen) fra bedriftsportalen under «For utviklere». De lagres i nøkkelringen på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add your API keys…</source>
        <translation>&amp;Legg til API-nøklene dine …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Prøv sandkassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a sandbox API inside this program with a few sample webhooks. No keys needed; nothing reaches Vipps MobilePay.</source>
        <translation>Åpner et sandkasse-API i dette programmet med noen eksempel-webhooks. Ingen nøkler trengs; ingenting når Vipps MobilePay.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sandbox runs inside this program with a few sample webhooks: try registering and deleting without keys. Nothing reaches Vipps MobilePay.</source>
        <translation>Sandkassen kjører i dette programmet med noen eksempel-webhooks: prøv å registrere og slette uten nøkler. Ingenting når Vipps MobilePay.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+36"/>
        <source>Open the profile &lt;name&gt;.</source>
        <translation>Åpne profilen &lt;navn&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the built-in sandbox API (sample data, no keys needed).</source>
        <translation>Åpne det innebygde sandkasse-API-et (eksempeldata, ingen nøkler nødvendig).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manage Vipps MobilePay webhooks from the desktop.</source>
        <translation>Administrer Vipps MobilePay-webhooks fra skrivebordet.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The extra certificate authorities could not be loaded</source>
        <translation>De ekstra sertifiseringsinstansene kunne ikke lastes inn</translation>
    </message>
</context>
</TS>
