<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/apierror.cpp" line="+57"/>
        <source>Network error</source>
        <translation>Verkkovirhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS error</source>
        <translation>TLS-virhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Aikakatkaisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP error</source>
        <translation>HTTP-virhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed</source>
        <translation>Todennus epäonnistui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable answer</source>
        <translation>Lukukelvoton vastaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>Virheellinen syöte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 epäonnistui: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed (%2)</source>
        <translation>%1 epäonnistui (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-tila: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title: %1</source>
        <translation>Otsikko: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation>Tiedot: %1</translation>
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
        <translation>Jäljitystunnus (trace id): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Yritä uudelleen: %n sekunnin kuluttua</numerusform>
            <numerusform>Yritä uudelleen: %n sekunnin kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint: %1</source>
        <translation>Vihje: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the client_id, client_secret and subscription key. Test keys fail against production and production keys against test: these keys may belong to the other environment.</source>
        <translation>Tarkista client_id, client_secret ja tilausavain. Testiavaimet eivät toimi tuotannossa eivätkä tuotantoavaimet testiympäristössä: avaimet voivat kuulua toiseen ympäristöön.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate was not accepted. Check the base URL and the system&apos;s certificate authorities; the console never ignores certificate errors.</source>
        <translation>Palvelimen varmennetta ei hyväksytty. Tarkista perus-URL ja järjestelmän varmentajat; konsoli ei koskaan ohita varmennevirheitä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time. Check the network connection and try again.</source>
        <translation>Palvelin ei vastannut ajoissa. Tarkista verkkoyhteys ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the base URL.</source>
        <translation>Tarkista verkkoyhteys ja perus-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys are not authorised for this sales unit or product. Check the Merchant Serial Number, or use partner keys without one.</source>
        <translation>Näillä avaimilla ei ole oikeutta tähän myyntipisteeseen tai tuotteeseen. Tarkista Merchant Serial Number (MSN) tai käytä kumppaniavaimia ilman sitä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API is rate limiting these keys. Wait a moment and try again.</source>
        <translation>API rajoittaa näiden avainten pyyntöjä. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API had a problem. Try again later; if it persists, give Vipps MobilePay support the trace id.</source>
        <translation>API:ssa oli ongelma. Yritä myöhemmin uudelleen; jos ongelma jatkuu, anna Vipps MobilePayn asiakaspalvelulle jäljitystunnus (trace id).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server</source>
        <translation>palvelin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection: nothing answers at that address and port.</source>
        <translation>%1 hylkäsi yhteyden: kyseisessä osoitteessa ja portissa ei vastaa mikään.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection before it answered.</source>
        <translation>%1 sulki yhteyden ennen vastausta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 was not found: check the address and the network connection.</source>
        <translation>Isäntää %1 ei löytynyt: tarkista osoite ja verkkoyhteys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 timed out.</source>
        <translation>Yhteys kohteeseen %1 aikakatkaistiin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled.</source>
        <translation>Pyyntö peruttiin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection (TLS) to %1 could not be set up.</source>
        <translation>Suojattua yhteyttä (TLS) kohteeseen %1 ei voitu muodostaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network is not available: check the network connection.</source>
        <translation>Verkko ei ole käytettävissä: tarkista verkkoyhteys.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The network proxy could not be used: check the proxy settings.</source>
        <translation>Välityspalvelinta ei voitu käyttää: tarkista välityspalvelimen asetukset.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Yhteys kohteeseen %1 epäonnistui (verkkovirhe %2).</translation>
    </message>
</context>
<context>
    <name>ApiParsers</name>
    <message>
        <location filename="../app/core/apiparsers.cpp" line="+21"/>
        <source>The answer&apos;s field &quot;%1&quot; %2.</source>
        <translation>Vastauksen kenttä ”%1” %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is not valid JSON (%1 at offset %2).</source>
        <translation>Vastaus ei ole kelvollista JSONia (%1 kohdassa %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer is not a JSON object.</source>
        <translation>Vastaus ei ole JSON-objekti.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+50"/>
        <location line="+4"/>
        <location line="+24"/>
        <location line="+3"/>
        <source>is missing or not a text</source>
        <translation>puuttuu tai ei ole tekstiä</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>is not a text</source>
        <translation>ei ole tekstiä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not &quot;Bearer&quot;</source>
        <translation>ei ole &quot;Bearer&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>is not a number</source>
        <translation>ei ole luku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is out of range</source>
        <translation>on sallitun alueen ulkopuolella</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>is missing or not a list</source>
        <translation>puuttuu tai ei ole luettelo</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is not an object</source>
        <translation>ei ole objekti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>contains something other than text</source>
        <translation>sisältää muutakin kuin tekstiä</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <location filename="../app/storage/changehistory.cpp" line="+143"/>
        <source>Registered</source>
        <translation>Rekisteröity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Korvattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied a file</source>
        <translation>Tiedosto otettu käyttöön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret entered</source>
        <translation>Salaisuus syötetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret revealed</source>
        <translation>Salaisuus näytetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret exported</source>
        <translation>Salaisuus viety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret removed</source>
        <translation>Salaisuus poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed outside this console</source>
        <translation>Poistettu tämän konsolin ulkopuolella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeared from elsewhere</source>
        <translation>Ilmestyi muualta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>started, outcome unknown</source>
        <translation>aloitettu, lopputulos tuntematon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>onnistui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noticed</source>
        <translation>havaittu</translation>
    </message>
</context>
<context>
    <name>ChangesBanner</name>
    <message>
        <location filename="../ui/watchactions.cpp" line="+36"/>
        <source>%1 (%2; id %3)</source>
        <translation>%1 (%2; tunnus %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register Again…</source>
        <translation>Rekisteröi uudelleen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register the vanished webhook again: its URL is checked first, and it gets a new secret.</source>
        <translation>Rekisteröi kadonnut webhook uudelleen: sen URL tarkistetaan ensin, ja se saa uuden salaisuuden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n registration(s) removed outside this console between %1 and %2 — Vipps MobilePay removes endpoints that failed for two weeks:</source>
        <translation>
            <numerusform>%n rekisteröinti poistettu tämän konsolin ulkopuolella välillä %1–%2 — Vipps MobilePay poistaa päätepisteet, jotka ovat epäonnistuneet kaksi viikkoa:</numerusform>
            <numerusform>%n rekisteröintiä poistettu tämän konsolin ulkopuolella välillä %1–%2 — Vipps MobilePay poistaa päätepisteet, jotka ovat epäonnistuneet kaksi viikkoa:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n registration(s) appeared from elsewhere:</source>
        <translation>
            <numerusform>%n rekisteröinti ilmestyi muualta:</numerusform>
            <numerusform>%n rekisteröintiä ilmestyi muualta:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/checkurlcommand.cpp" line="+61"/>
        <source>check-url needs exactly one URL.</source>
        <translation>check-url tarvitsee täsmälleen yhden URL-osoitteen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is set: loopback addresses pass with a warning. For tests only.</source>
        <translation>%1 on asetettu: loopback-osoitteet hyväksytään varoituksella. Vain testaukseen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 as Vipps MobilePay would call it:</source>
        <translation>Tarkistetaan %1 niin kuin Vipps MobilePay kutsuisi sitä:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The test POST was signed with a made-up secret (give the real one with --secret-stdin to check signature verification too).</source>
        <translation>Testi-POST allekirjoitettiin keksityllä salaisuudella (anna oikea valinnalla --secret-stdin, niin myös allekirjoituksen varmennus tarkistetaan).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result: fail. Fix the failed checks before registering.</source>
        <translation>Tulos: hylätty. Korjaa epäonnistuneet tarkistukset ennen rekisteröintiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: pass, with warnings.</source>
        <translation>Tulos: hyväksytty, varoituksin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: pass.</source>
        <translation>Tulos: hyväksytty.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+17"/>
        <source>Show this help.</source>
        <translation>Näytä tämä ohje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the version.</source>
        <translation>Näytä versio.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: %1 [options] %2</source>
        <translation>Käyttö: %1 [valinnat] %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The command to run.</source>
        <translation>Suoritettava komento.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>Komentoa ei annettu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;profile&quot; needs add, list or remove.</source>
        <translation>”profile” tarvitsee komennon add, list tai remove.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Tuntematon komento ”%1”.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; takes no arguments besides its options; &quot;%2&quot; is one too many.</source>
        <translation>”%1” ei ota muita argumentteja kuin valintansa; ”%2” on yksi liikaa.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>See &quot;%1&quot;.</source>
        <translation>Katso ”%1”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manages Vipps MobilePay webhooks: lists, registers and deletes them with the same core as the Webhook Console window.</source>
        <translation>Hallitsee Vipps MobilePay -webhookeja: listaa, rekisteröi ja poistaa niitä samalla ytimellä kuin Webhook Console -ikkuna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Komennot:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each command takes --help, and the options above after it as well.</source>
        <translation>Jokainen komento hyväksyy valinnan --help sekä yllä olevat valinnat komennon jälkeen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Ympäristömuuttujat:</translation>
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
      API-avaimet, kun valintaa --profile ei ole annettu (salaisuuksia ei koskaan oteta argumentteina)
  VIPPS_MSN
      Merchant-Serial-Number, kun valintaa --profile ei ole annettu; jätä asettamatta kumppaniavaimille
  WEBHOOK_CONSOLE_CA_FILE
      PEM-tiedosto, jossa on lisää luotettavia varmentajia (testi- tai yrityksen CA)
  WEBHOOK_CONSOLE_ALLOW_LOOPBACK_PREFLIGHT=1
      vain testaukseen: check-url hyväksyy loopback-osoitteet varoituksella</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exit codes:</source>
        <translation>Lopetuskoodit:</translation>
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
        <translation>  0  onnistui
  1  API hylkäsi pyynnön (muu 4xx kuin todennus) tai syöte oli virheellinen
  2  käyttövirhe (myös: API-avaimet puuttuvat, register tai delete tuotannossa ilman valintaa --yes eikä päätettä)
  3  todennus epäonnistui
  4  verkko-, TLS-, aikakatkaisu-, palvelin- (5xx) tai lukukelvottoman vastauksen virhe, tai avainnippu epäonnistui
verify: 0 kelvollinen, 1 ei kelvollinen, 2 käyttövirhe tai käyttökelvoton syöte (ei salaisuutta, lukukelvoton tiedosto).
send-test: 1 myös, kun vastaanottaja vastasi muulla kuin 2xx:llä. check-url: 1, kun jokin tarkistus epäonnistui.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check: 7 when a registration vanished without this console, 1 when a probe found a problem.</source>
        <translation>check: 7, kun rekisteröinti katosi ilman tätä konsolia, 1, kun koetus löysi ongelman.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+43"/>
        <source>Unknown environment &quot;%1&quot;: use test or production.</source>
        <translation>Tuntematon ympäristö ”%1”: käytä arvoa test tai production.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The base URL &quot;%1&quot; cannot be used: %2</source>
        <translation>Perus-URL-osoitetta ”%1” ei voi käyttää: %2</translation>
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
        <translation>Tallennettuja profiileja ei ole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved profiles: %1.</source>
        <translation>Tallennetut profiilit: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is named &quot;%1&quot;. %2</source>
        <translation>Profiilia nimeltä ”%1” ei ole. %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Profile &quot;%1&quot; uses the window&apos;s embedded sandbox. Start one with &quot;webhook-console-cli sandbox&quot; and pass its URL with --base-url.</source>
        <translation>Profiili ”%1” käyttää ikkunan sisäistä hiekkalaatikkoa. Käynnistä hiekkalaatikko komennolla ”webhook-console-cli sandbox” ja anna sen URL valinnalla --base-url.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No API keys: set %1, or use --profile NAME (see &quot;profile add&quot;).</source>
        <translation>Ei API-avaimia: aseta %1 tai käytä valintaa --profile NAME (katso ”profile add”).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No API keys are stored for profile &quot;%1&quot;. Remove it and add it again with &quot;profile add&quot;.</source>
        <translation>Profiilille ”%1” ei ole tallennettu API-avaimia. Poista profiili ja lisää se uudelleen komennolla ”profile add”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the API keys of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>Profiilin ”%1” API-avaimia ei voitu lukea avainnipusta: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--timeout takes a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout hyväksyy kokonaisen sekuntimäärän väliltä 1–%1, ei ”%2”.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: waiting %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1: odotetaan %n sekunti ennen uutta yritystä.</numerusform>
            <numerusform>%1: odotetaan %n sekuntia ennen uutta yritystä.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Webhook secret: </source>
        <translation>Webhookin salaisuus: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--secret-stdin: standard input ended before the secret was read.</source>
        <translation>--secret-stdin: vakiosyöte päättyi ennen kuin salaisuus luettiin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--secret-stdin: the secret on standard input is empty.</source>
        <translation>--secret-stdin: vakiosyötteestä luettu salaisuus on tyhjä.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>See &quot;webhook-console-cli --help&quot;.</source>
        <translation>Katso ”webhook-console-cli --help”.</translation>
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
        <translation>Kunkin webhookin tunnus, URL ja tapahtumat; --json tulostaa {&quot;webhooks&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The https URL that receives the events.</source>
        <translation>https-URL, joka vastaanottaa tapahtumat.</translation>
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
        <translation>Tapahtumatyyppi (katso ”events”); toista valinta tai erota tyypit pilkuilla.</translation>
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
        <translation>Tulosta myös webhookin salaisuus (se palautetaan vain kerran).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deletes webhooks and their stored secrets. In production it refuses without --yes unless confirmed at a terminal.</source>
        <translation>Poistaa webhookit ja niiden tallennetut salaisuudet. Tuotannossa komento kieltäytyy ilman valintaa --yes, ellei poistoa vahvisteta päätteessä.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Do not ask for confirmation in production.</source>
        <translation>Älä pyydä vahvistusta tuotannossa.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Registers a webhook and prints its id (and with --show-secret its secret on the next line); the secret is stored in the keychain under the profile, environment, MSN and id. --json prints {&quot;id&quot;: ..., &quot;secretStored&quot;: true|false}. In production it refuses without --yes unless confirmed at a terminal.</source>
        <translation>Rekisteröi webhookin ja tulostaa sen tunnuksen (ja valinnalla --show-secret sen salaisuuden seuraavalle riville); salaisuus tallennetaan avainnippuun profiilin, ympäristön, MSN:n ja tunnuksen alle. --json tulostaa {&quot;id&quot;: ..., &quot;secretStored&quot;: true|false}. Tuotannossa komento kieltäytyy ilman valintaa --yes, ellei rekisteröintiä vahvisteta päätteessä.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The id of a webhook (a UUID, as &quot;list&quot; shows it).</source>
        <translation>Webhookin tunnus (UUID, kuten ”list” sen näyttää).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks a callback URL before it is registered, as Vipps MobilePay would call it: https, a common port, a public address, TLS 1.2+ with a trusted certificate, no redirect, and a signed test POST answered 2xx in time. Prints each check with pass, warn or fail and the reason; exits 1 when one failed (warnings allowed). --json prints {&quot;url&quot;, &quot;overall&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;title&quot;, &quot;outcome&quot;, &quot;reason&quot;}, ...]}.</source>
        <translation>Tarkistaa takaisinkutsun URL-osoitteen ennen rekisteröintiä niin kuin Vipps MobilePay kutsuisi sitä: https, tavallinen portti, julkinen osoite, TLS 1.2+ ja luotettu varmenne, ei uudelleenohjausta sekä allekirjoitettu testi-POST, johon vastataan 2xx:llä ajoissa. Tulostaa jokaisen tarkistuksen tuloksen (pass, warn tai fail) ja syyn; lopetuskoodi on 1, jos jokin epäonnistui (varoitukset sallitaan). --json tulostaa {&quot;url&quot;, &quot;overall&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;title&quot;, &quot;outcome&quot;, &quot;reason&quot;}, ...]}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign the test POST with this secret, read as one line from standard input (default: a made-up one).</source>
        <translation>Allekirjoita testi-POST tällä salaisuudella, joka luetaan yhtenä rivinä vakiosyötteestä (oletus: keksitty salaisuus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The https URL to check.</source>
        <translation>Tarkistettava https-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a SIMULATED delivery of an event to a webhook&apos;s URL (from &quot;list&quot;, or --url), signed as Vipps MobilePay signs deliveries with the webhook&apos;s secret stored on this machine and marked X-Webhook-Console-Test: true. Prints the status, the time taken and the start of the answer; exits 0 on 2xx, 1 on any other answer, 4 when no answer came (network, TLS, timeout).</source>
        <translation>Lähettää SIMULOIDUN tapahtuman toimituksen webhookin URL-osoitteeseen (”list”-komennosta tai --url), allekirjoitettuna niin kuin Vipps MobilePay allekirjoittaa toimitukset, tälle koneelle tallennetulla webhookin salaisuudella ja merkittynä X-Webhook-Console-Test: true. Tulostaa tilan, kuluneen ajan ja vastauksen alun; lopetuskoodi on 0 2xx-vastauksella, 1 muilla vastauksilla ja 4, jos vastausta ei tullut (verkko, TLS, aikakatkaisu).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The event type to simulate (one of the webhook&apos;s).</source>
        <translation>Simuloitava tapahtumatyyppi (jokin webhookin tapahtumista).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to this URL instead of the registered one (the webhook&apos;s events are then not looked up).</source>
        <translation>Lähetä tähän URL-osoitteeseen rekisteröidyn sijaan (webhookin tapahtumia ei tällöin haeta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the event even when the webhook does not receive it.</source>
        <translation>Lähetä tapahtuma, vaikka webhook ei vastaanota sitä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of a webhook whose secret is stored on this machine.</source>
        <translation>Sen webhookin tunnus, jonka salaisuus on tallennettu tälle koneelle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks that a delivery is genuine: signed by Vipps MobilePay with the webhook&apos;s secret for its URL. Prints &quot;valid&quot; (exit 0), or &quot;not valid&quot; and which step failed on stderr (exit 1). Exit 2: usage, an unreadable file, or no secret. With --webhook-id and --raw-file but no --url, the registered URL is looked up in the list of webhooks when API keys are at hand. --json prints {&quot;valid&quot;, &quot;failure&quot;: &quot;bodyHash|url|signature|authorization|missingHeader|none&quot;, &quot;reason&quot;}. With --any-secret: every stored secret is tried; --json prints {&quot;valid&quot;, &quot;profile&quot;, &quot;environment&quot;, &quot;msn&quot;, &quot;id&quot;, &quot;step&quot;}.</source>
        <translation>Tarkistaa, että toimitus on aito: Vipps MobilePayn allekirjoittama webhookin salaisuudella sen URL-osoitteelle. Tulostaa ”kelvollinen” (lopetuskoodi 0) tai ”ei kelvollinen” ja epäonnistuneen vaiheen stderriin (lopetuskoodi 1). Lopetuskoodi 2: käyttövirhe, lukukelvoton tiedosto tai ei salaisuutta. Kun annetaan --webhook-id ja --raw-file mutta ei --url, rekisteröity URL haetaan webhookien luettelosta, jos API-avaimet ovat käytettävissä. --json tulostaa {&quot;valid&quot;, &quot;failure&quot;: &quot;bodyHash|url|signature|authorization|missingHeader|none&quot;, &quot;reason&quot;}. Kun annetaan --any-secret, kokeillaan jokaista tallennettua salaisuutta; --json tulostaa {&quot;valid&quot;, &quot;profile&quot;, &quot;environment&quot;, &quot;msn&quot;, &quot;id&quot;, &quot;step&quot;}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gets an access token and prints when it expires, never the token.</source>
        <translation>Hakee käyttöoikeustunnuksen ja tulostaa, milloin se vanhenee, mutta ei koskaan itse tunnusta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event catalogue; --json prints [{&quot;type&quot;, &quot;product&quot;, &quot;name&quot;}, ...].</source>
        <translation>Tapahtumaluettelo; --json tulostaa [{&quot;type&quot;, &quot;product&quot;, &quot;name&quot;}, ...].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists every sales unit the profiles reach (all saved profiles when none is named) and compares each list with the one before: prints the registrations that vanished (Vipps MobilePay removes endpoints that failed for two weeks) or appeared without this console, also those the window noticed since the last check. Exit code 7 when something vanished. --json prints {&quot;vanished&quot;:[...],&quot;appeared&quot;:[...],&quot;profiles&quot;:[...]}.</source>
        <translation>Listaa jokaisen myyntipisteen, jonka profiilit tavoittavat (kaikki tallennetut profiilit, jos mitään ei nimetä), ja vertaa kutakin listaa edelliseen: tulostaa rekisteröinnit, jotka katosivat (Vipps MobilePay poistaa päätepisteet, jotka ovat epäonnistuneet kaksi viikkoa) tai ilmestyivät ilman tätä konsolia, myös ne, jotka ikkuna havaitsi edellisen tarkistuksen jälkeen. Paluukoodi 7, kun jotain katosi. --json tulostaa {&quot;vanished&quot;:[...],&quot;appeared&quot;:[...],&quot;profiles&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also probe every registered URL: name lookup, TLS (a certificate that expires within 14 days is a problem), and a signed test POST answered within 10 s (test environment only).</source>
        <translation>Koettele myös jokainen rekisteröity URL: nimihaku, TLS (14 päivän kuluessa vanheneva varmenne on ongelma) ja allekirjoitettu testi-POST, johon vastataan 10 s:n kuluessa (vain testiympäristössä).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --probe: send the signed test POST to production endpoints too.</source>
        <translation>--probe-valinnan kanssa: lähetä allekirjoitettu testi-POST myös tuotannon päätepisteisiin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved profile to check.</source>
        <translation>Tarkistettava tallennettu profiili.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change either program made on this machine (register, delete, replace, secrets entered, revealed, exported or removed) and every registration that vanished or appeared, oldest first; never a secret. --profile, --env and --msn (&quot;partner&quot; for partner keys) narrow it. --json prints {&quot;entries&quot;:[...]}.</source>
        <translation>Jokainen muutos, jonka jompikumpi ohjelma on tehnyt tällä koneella (rekisteröinti, poisto, korvaus, salaisuuksien syöttö, näyttö, vienti tai poisto), ja jokainen rekisteröinti, joka katosi tai ilmestyi, vanhin ensin; ei koskaan salaisuutta. --profile, --env ja --msn (&quot;partner&quot; kumppaniavaimille) rajaavat. --json tulostaa {&quot;entries&quot;:[...]}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only changes from this date or time on.</source>
        <translation>Vain muutokset tästä päivästä tai ajankohdasta alkaen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this action: register, delete, replace, apply, secret-entered, secret-revealed, secret-exported, secret-removed, vanished, appeared.</source>
        <translation>Vain tämä toiminto: register, delete, replace, apply, secret-entered, secret-revealed, secret-exported, secret-removed, vanished, appeared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print comma-separated values with a header line.</source>
        <translation>Tulosta pilkuin erotetut arvot otsikkorivin kanssa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs the sandbox API in the foreground until interrupted and prints its base URL and keys.</source>
        <translation>Suorittaa hiekkalaatikko-API:a edustalla keskeytykseen asti ja tulostaa sen perus-URL:n ja avaimet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port to listen on (default: any free port).</source>
        <translation>Kuunneltava portti (oletus: mikä tahansa vapaa portti).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve HTTPS with this PEM certificate and the PEM key given after it.</source>
        <translation>Käytä HTTPS:ää tällä PEM-varmenteella ja sen jälkeen annetulla PEM-avaimella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the registrations from this JSON file, if it exists, and save them there on exit.</source>
        <translation>Lataa rekisteröinnit tästä JSON-tiedostosta, jos se on olemassa, ja tallenna ne sinne lopetettaessa.</translation>
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
        <translation>--https-varmenteen yksityinen PEM-avain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saves a profile. client_id, client_secret and the subscription key come from VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET and VIPPS_SUBSCRIPTION_KEY when set, else from the terminal without echo (from standard input, one a line, when it is not a terminal), and go to the OS keychain.</source>
        <translation>Tallentaa profiilin. client_id, client_secret ja tilausavain luetaan muuttujista VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET ja VIPPS_SUBSCRIPTION_KEY, jos ne on asetettu, muuten päätteestä näyttämättä syötettä (vakiosyötteestä, yksi riviä kohden, jos kyse ei ole päätteestä), ja ne tallennetaan käyttöjärjestelmän avainnippuun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The name of the profile.</source>
        <translation>Profiilin nimi.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The saved profiles.</source>
        <translation>Tallennetut profiilit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes a profile, its API keys and its stored webhook secrets.</source>
        <translation>Poistaa profiilin, sen API-avaimet ja sen tallennetut webhookien salaisuudet.</translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="+87"/>
        <source>Error: %1</source>
        <translation>Virhe: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1</source>
        <translation>Varoitus: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/deletecommand.cpp" line="+43"/>
        <source>Refusing to delete in production without --yes: there is no terminal to confirm at. Nothing was deleted.</source>
        <translation>Poisto tuotannossa ilman valintaa --yes evätään: vahvistukseen ei ole päätettä. Mitään ei poistettu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed. Nothing was deleted.</source>
        <translation>Ei vahvistettu. Mitään ei poistettu.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>delete needs at least one webhook id (see &quot;list&quot;).</source>
        <translation>delete tarvitsee vähintään yhden webhookin tunnuksen (katso ”list”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/sendtestcommand.cpp" line="+100"/>
        <source>&quot;%1&quot; is not a webhook id (a UUID).</source>
        <translation>”%1” ei ole webhookin tunnus (UUID).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n webhook(s) in PRODUCTION for %1?</source>
        <translation>
            <numerusform>Poistetaanko %n webhook TUOTANNOSSA (%1)?</numerusform>
            <numerusform>Poistetaanko %n webhookia TUOTANNOSSA (%1)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not attempted: %1</source>
        <translation>Ei yritetty: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not attempted</source>
        <translation>ei yritetty</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted %1, but its stored secret could not be removed from the keychain: %2</source>
        <translation>Poistettiin %1, mutta sen tallennettua salaisuutta ei voitu poistaa avainnipusta: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already gone: %1</source>
        <translation>Jo poistettu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted %1</source>
        <translation>Poistettiin %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="+35"/>
        <source>(at most %n per sales unit)</source>
        <translation>
            <numerusform>(enintään %n myyntipistettä kohden)</numerusform>
            <numerusform>(enintään %n myyntipistettä kohden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/globaloptions.cpp" line="-12"/>
        <source>A saved profile (its API keys come from the OS keychain).</source>
        <translation>Tallennettu profiili (sen API-avaimet haetaan käyttöjärjestelmän avainnipusta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment (default: the profile&apos;s, else test); with --base-url, which environment that server is.</source>
        <translation>Ympäristö (oletus: profiilin ympäristö, muuten test); valinnan --base-url kanssa se, mikä ympäristö palvelin on.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An explicit API base URL (https, or http for loopback only). api.vipps.no is production; any other host but apitest.vipps.no and loopback is guarded as production unless --env test declares it.</source>
        <translation>Nimenomainen API:n perus-URL (https, tai http vain loopback-osoitteelle). api.vipps.no on tuotanto; muut isännät kuin apitest.vipps.no ja loopback suojataan kuin tuotanto, ellei --env test määritä toisin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merchant-Serial-Number; omit it for partner keys.</source>
        <translation>Merchant-Serial-Number; jätä pois kumppaniavaimille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PSP&apos;s id, sent as Psp-Id on every webhooks call (--msn is then the merchant&apos;s MSN).</source>
        <translation>PSP:n tunnus, joka lähetetään Psp-Id-otsakkeena jokaisessa webhooks-kutsussa (--msn on silloin kauppiaan MSN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-readable output on stdout.</source>
        <translation>Koneluettava tuloste stdoutiin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline of each operation in seconds, retries included (default 30).</source>
        <translation>Kunkin toiminnon aikaraja sekunteina uusintayritykset mukaan lukien (oletus 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="-89"/>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No profiles to check: add one with &quot;profile add&quot;.</source>
        <translation>Ei tarkistettavia profiileja: lisää profiili komennolla &quot;profile add&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Profiilia &quot;%1&quot; ei ole.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 (%2, %3): %n registration(s).</source>
        <translation>
            <numerusform>%1 (%2, %3): %n rekisteröinti.</numerusform>
            <numerusform>%1 (%2, %3): %n rekisteröintiä.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/listcommand.cpp" line="+54"/>
        <source>partner keys</source>
        <translation>kumppaniavaimet</translation>
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
        <translation>KOETUS OK %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROBLEM %1: %2</source>
        <translation>ONGELMA %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(No test POST was sent to this production endpoint; --probe-production sends one.)</source>
        <translation>(Tähän tuotannon päätepisteeseen ei lähetetty testi-POSTia; --probe-production lähettää sen.)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>VANISHED %1 %2 %3 (%4, %5): removed outside this console between %6 and %7. Vipps MobilePay removes endpoints that failed for two weeks.</source>
        <translation>KADONNUT %1 %2 %3 (%4, %5): poistettu tämän konsolin ulkopuolella välillä %6–%7. Vipps MobilePay poistaa päätepisteet, jotka ovat epäonnistuneet kaksi viikkoa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>APPEARED %1 %2 %3 (%4, %5): registered outside this console.</source>
        <translation>ILMESTYI %1 %2 %3 (%4, %5): rekisteröity tämän konsolin ulkopuolella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing vanished or appeared since the last check.</source>
        <translation>Mitään ei ole kadonnut tai ilmestynyt edellisen tarkistuksen jälkeen.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="-18"/>
        <source>%1 (%2) is gone since the last list, removed outside this console. Vipps MobilePay removes endpoints that failed for two weeks. See &quot;history&quot;.</source>
        <translation>%1 (%2) on poissa edellisen listan jälkeen, poistettu tämän konsolin ulkopuolella. Vipps MobilePay poistaa päätepisteet, jotka ovat epäonnistuneet kaksi viikkoa. Katso &quot;history&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n webhook(s) for %1 in %2.</source>
        <translation>
            <numerusform>%n webhook (%1, %2).</numerusform>
            <numerusform>%n webhookia (%1, %2).</numerusform>
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
        <translation>Vakiosyöte päättyi ennen kuin %1 luettiin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is empty.</source>
        <translation>%1 on tyhjä.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, guarded as %2</source>
        <translation>%1, suojattu ympäristönä %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add tarvitsee täsmälleen yhden nimen (NAME).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile add needs --env test|production or --base-url URL.</source>
        <translation>profile add tarvitsee valinnan --env test|production tai --base-url URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile named &quot;%1&quot; exists already; remove it first.</source>
        <translation>Profiili nimeltä ”%1” on jo olemassa; poista se ensin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare which environment %1 is: add --env test or --env production.</source>
        <translation>Määritä, mikä ympäristö %1 on: lisää --env test tai --env production.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile was not saved</source>
        <translation>Profiilia ei tallennettu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved profile &quot;%1&quot; (%2, %3); its API keys are in the keychain.</source>
        <translation>Profiili ”%1” tallennettiin (%2, %3); sen API-avaimet ovat avainnipussa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile list takes no arguments.</source>
        <translation>profile list ei ota argumentteja.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PSP %1</source>
        <translation>PSP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no saved profiles (see &quot;profile add&quot;).</source>
        <translation>Tallennettuja profiileja ei ole (katso ”profile add”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile remove needs exactly one NAME.</source>
        <translation>profile remove tarvitsee täsmälleen yhden nimen (NAME).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation>Profiilia nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile was not removed</source>
        <translation>Profiilia ei poistettu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed profile &quot;%1&quot;, its API keys and its stored secrets.</source>
        <translation>Profiili ”%1”, sen API-avaimet ja tallennetut salaisuudet poistettiin.</translation>
    </message>
    <message>
        <location filename="../app/cli/registercommand.cpp" line="+37"/>
        <source>Registering partner-wide (no MSN): this webhook fires for every sales unit of the partner, present and future.</source>
        <translation>Rekisteröidään koko kumppanille (ei MSN:ää): tämä webhook laukeaa kumppanin jokaiselle nykyiselle ja tulevalle myyntipisteelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not reachable from the internet; Vipps MobilePay cannot deliver to it.</source>
        <translation>%1 ei ole tavoitettavissa internetistä; Vipps MobilePay ei voi toimittaa sinne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the event catalogue; sending it as it is.</source>
        <translation>%1 ei ole tapahtumaluettelossa; se lähetetään sellaisenaan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>register takes no arguments besides its options.</source>
        <translation>register ei ota muita argumentteja kuin valintansa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>register needs --url URL.</source>
        <translation>register tarvitsee valinnan --url URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register needs at least one --event TYPE (see &quot;events&quot;).</source>
        <translation>register tarvitsee vähintään yhden valinnan --event TYPE (katso ”events”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/sendtestcommand.cpp" line="+7"/>
        <source>Invalid --url %1: %2</source>
        <translation>Virheellinen --url %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid --event: %1</source>
        <translation>Virheellinen --event: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register %1 in PRODUCTION for %2? It receives real payment events.</source>
        <translation>Rekisteröidäänkö %1 TUOTANNOSSA (%2)? Se vastaanottaa oikeita maksutapahtumia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing to register in production without --yes: there is no terminal to confirm at. Nothing was registered.</source>
        <translation>Rekisteröinti tuotannossa ilman valintaa --yes evätään: vahvistukseen ei ole päätettä. Mitään ei rekisteröity.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed. Nothing was registered.</source>
        <translation>Ei vahvistettu. Mitään ei rekisteröity.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To get a secret, delete it and register again: webhook-console-cli delete %1</source>
        <translation>Saat salaisuuden poistamalla webhookin ja rekisteröimällä sen uudelleen: webhook-console-cli delete %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The webhook&apos;s secret could not be stored in the keychain (%1). It is printed below and cannot be shown again: keep it safe.</source>
        <translation>Webhookin salaisuutta ei voitu tallentaa avainnippuun (%1). Se tulostetaan alla, eikä sitä voi näyttää uudelleen: säilytä se huolellisesti.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Registered; the secret is stored in the keychain.</source>
        <translation>Rekisteröity; salaisuus on tallennettu avainnippuun.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="-60"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ei sisällä PEM-varmennetta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 ei sisällä salaamatonta yksityistä PEM-avainta (RSA tai EC).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox API listening on %1</source>
        <translation>Hiekkalaatikko-API kuuntelee osoitteessa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its keys are fixed sandbox keys, not secrets. To use it from another terminal:</source>
        <translation>Sen avaimet ovat kiinteitä hiekkalaatikon avaimia, eivät salaisuuksia. Käyttö toisesta päätteestä:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source># any sales unit; leave it unset for partner keys</source>
        <translation># mikä tahansa myyntipiste; jätä asettamatta kumppaniavaimille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are a PSP&apos;s keys: every webhooks call needs --psp-id %1 and the merchant&apos;s MSN.</source>
        <translation>Nämä ovat PSP:n avaimet: jokainen webhooks-kutsu tarvitsee --psp-id %1 ja kauppiaan MSN:n.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pysäytä painamalla Ctrl+C.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--https needs a certificate and a key: --https CERT KEY.</source>
        <translation>--https tarvitsee varmenteen ja avaimen: --https CERT KEY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox takes no arguments besides its options.</source>
        <translation>sandbox ei ota muita argumentteja kuin valintansa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--port takes a port number from 0 to 65535.</source>
        <translation>--port hyväksyy porttinumeron väliltä 0–65535.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot load %1: %2</source>
        <translation>Tiedostoa %1 ei voi ladata: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sandbox cannot listen: %1</source>
        <translation>Hiekkalaatikko ei voi kuunnella: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot save %1: %2</source>
        <translation>Tiedostoa %1 ei voi tallentaa: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox stopped.</source>
        <translation>Hiekkalaatikko pysäytetty.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendtestcommand.cpp" line="-53"/>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>Tila: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: %1</source>
        <translation>Vastaus: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>send-test needs exactly one webhook ID (see &quot;list&quot;).</source>
        <translation>send-test tarvitsee täsmälleen yhden webhookin tunnuksen (katso ”list”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send-test needs --event TYPE (one of the webhook&apos;s events).</source>
        <translation>send-test tarvitsee valinnan --event TYPE (jokin webhookin tapahtumista).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no webhook %1 (see &quot;list&quot;).</source>
        <translation>Webhookia %1 ei ole (katso ”list”).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook %1 does not receive %2; its events: %3. Use --force to send it anyway.</source>
        <translation>Webhook %1 ei vastaanota tapahtumaa %2; sen tapahtumat: %3. Lähetä se silti valinnalla --force.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not in the event catalogue (see &quot;events&quot;). Use --force to send it anyway.</source>
        <translation>%1 ei ole tapahtumaluettelossa (katso ”events”). Lähetä se silti valinnalla --force.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --url the webhook&apos;s events are not looked up; %1 is sent as given.</source>
        <translation>Valinnalla --url webhookin tapahtumia ei haeta; %1 lähetetään sellaisenaan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secret of webhook %1 is stored on this machine, so a delivery cannot be signed. Enter it, or replace the webhook (register the URL again, then delete the old one) to get a new one.</source>
        <translation>Webhookin %1 salaisuutta ei ole tallennettu tälle koneelle, joten toimitusta ei voi allekirjoittaa. Syötä salaisuus tai korvaa webhook (rekisteröi URL uudelleen ja poista sitten vanha), niin saat uuden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the secret of webhook %1</source>
        <translation>Webhookin %1 salaisuutta ei voitu lukea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This simulated delivery goes to a production receiver. It is marked X-Webhook-Console-Test: true and &quot;simulated&quot;: true: make sure the receiver ignores it.</source>
        <translation>Tämä simuloitu toimitus menee tuotannon vastaanottajalle. Se on merkitty X-Webhook-Console-Test: true ja &quot;simulated&quot;: true: varmista, että vastaanottaja ohittaa sen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SIMULATED test delivery (not from Vipps MobilePay; X-Webhook-Console-Test: true) of %1 to %2</source>
        <translation>SIMULOITU testitoimitus (ei Vipps MobilePaylta; X-Webhook-Console-Test: true): tapahtuma %1 osoitteeseen %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The receiver redirected the delivery; Vipps MobilePay does not follow redirects.</source>
        <translation>Vastaanottaja uudelleenohjasi toimituksen; Vipps MobilePay ei seuraa uudelleenohjauksia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver answered %1; Vipps MobilePay would count the delivery as failed and retry it.</source>
        <translation>Vastaanottaja vastasi %1; Vipps MobilePay katsoisi toimituksen epäonnistuneeksi ja yrittäisi uudelleen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/tokencommand.cpp" line="+37"/>
        <source>Token received; it expires at %1 (in %n minute(s)).</source>
        <translation>
            <numerusform>Käyttöoikeustunnus vastaanotettu; se vanhenee %1 (%n minuutin kuluttua).</numerusform>
            <numerusform>Käyttöoikeustunnus vastaanotettu; se vanhenee %1 (%n minuutin kuluttua).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="-27"/>
        <location line="+9"/>
        <source>Could not list the webhooks: %1</source>
        <translation>Webhookeja ei voitu listata: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>header</source>
        <translation>otsake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization header</source>
        <translation>Authorization-otsake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body hash</source>
        <translation>rungon tiiviste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature</source>
        <translation>allekirjoitus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhook-Id: %1 (this delivery&apos;s id, not the registration&apos;s)</source>
        <translation>Webhook-Id: %1 (tämän toimituksen tunnus, ei rekisteröinnin)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>valid: %1</source>
        <translation>kelvollinen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="+25"/>
        <source>no profile</source>
        <translation>ei profiilia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>profile &quot;%1&quot;</source>
        <translation>profiili ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 environment, %3</source>
        <translation>%1, ympäristö %2, %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No secret of webhook %1 is stored on this machine (%2). Give it with --secret-stdin, or check --profile, --env and --msn; if the secret is lost, replace the webhook.</source>
        <translation>Webhookin %1 salaisuutta ei ole tallennettu tälle koneelle (%2). Anna se valinnalla --secret-stdin tai tarkista --profile, --env ja --msn; jos salaisuus on kadonnut, korvaa webhook.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the secret of webhook %1 from the keychain: %2</source>
        <translation>Webhookin %1 salaisuutta ei voitu lukea avainnipusta: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Could not look up the registered URL of %1: %2</source>
        <translation>Webhookin %1 rekisteröityä URL-osoitetta ei voitu hakea: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook %1 is not registered (any more), so its URL is unknown.</source>
        <translation>Webhook %1 ei ole (enää) rekisteröity, joten sen URL-osoite on tuntematon.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A secret is never taken as a command-line argument (others could read it in the process list and the shell history): use --secret-stdin or --webhook-id ID.</source>
        <translation>Salaisuutta ei koskaan oteta komentoriviargumenttina (muut voisivat lukea sen prosessilistasta ja komentotulkin historiasta): käytä valintaa --secret-stdin tai --webhook-id ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verify needs the secret: --secret-stdin, --webhook-id ID or --any-secret (one of them).</source>
        <translation>verify tarvitsee salaisuuden: --secret-stdin, --webhook-id ID tai --any-secret (yksi niistä).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--webhook-id: &quot;%1&quot; is not a webhook id (a UUID, as &quot;list&quot; shows it).</source>
        <translation>--webhook-id: ”%1” ei ole webhookin tunnus (UUID, kuten ”list” sen näyttää).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="-35"/>
        <location filename="../app/cli/verifycommand.cpp" line="+21"/>
        <source>Note: without --url, the request&apos;s own Host and path stand for the registered URL; give --url URL to compare them with it.</source>
        <translation>Huom.: ilman valintaa --url pyynnön oma Host ja polku edustavat rekisteröityä URL-osoitetta; anna --url URL, niin niitä verrataan siihen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/verifycommand.cpp" line="+18"/>
        <source>Note: the line break after the body is not part of the signed body and was left out.</source>
        <translation>Huom.: rungon jälkeinen rivinvaihto ei kuulu allekirjoitettuun runkoon, joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="+13"/>
        <source>valid</source>
        <translation>kelvollinen</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyanysecret.cpp" line="+29"/>
        <location filename="../app/cli/verifycommand.cpp" line="+3"/>
        <source>not valid: the %1 check failed: %2</source>
        <translation>ei kelvollinen: tarkistus epäonnistui (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/verifyinput.cpp" line="-45"/>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: tiedostoa %2 ei voi lukea: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2 is larger than %3 MiB; a delivery is much smaller.</source>
        <translation>--%1: %2 on suurempi kuin %3 MiB; toimitus on paljon pienempi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--url: &quot;%1&quot; is not an absolute URL with a host name.</source>
        <translation>--url: ”%1” ei ole absoluuttinen URL, jossa on isäntänimi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registered URL the delivery was sent to (with --raw-file: the registered URL to compare the request with).</source>
        <translation>Rekisteröity URL, johon toimitus lähetettiin (valinnan --raw-file kanssa: rekisteröity URL, johon pyyntöä verrataan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The x-ms-date header as received.</source>
        <translation>x-ms-date-otsake sellaisena kuin se vastaanotettiin.</translation>
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
        <translation>x-ms-content-sha256-otsake sellaisena kuin se vastaanotettiin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Authorization header as received.</source>
        <translation>Authorization-otsake sellaisena kuin se vastaanotettiin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file holding the body exactly as received (raw bytes).</source>
        <translation>Tiedosto, jossa on runko täsmälleen sellaisena kuin se vastaanotettiin (raakatavut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file holding the whole request as received (request line, headers, blank line, body), instead of the four options above and --body-file.</source>
        <translation>Tiedosto, jossa on koko pyyntö sellaisena kuin se vastaanotettiin (pyyntörivi, otsakkeet, tyhjä rivi, runko), yllä olevien neljän valinnan ja valinnan --body-file sijaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the webhook&apos;s secret as one line from standard input (without echo at a terminal).</source>
        <translation>Lue webhookin salaisuus yhtenä rivinä vakiosyötteestä (päätteessä syötettä näyttämättä).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the secret stored on this machine for this webhook (under --profile, or the VIPPS_MSN and --env/--base-url of no profile).</source>
        <translation>Käytä tälle koneelle tallennettua tämän webhookin salaisuutta (profiilista --profile tai ilman profiilia muuttujan VIPPS_MSN ja valinnan --env/--base-url mukaan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try every webhook secret stored on this machine (every profile, both environments) and name the registration whose secret verifies the delivery.</source>
        <translation>Kokeile jokaista tälle koneelle tallennettua webhook-salaisuutta (kaikki profiilit, molemmat ympäristöt) ja nimeä rekisteröinti, jonka salaisuus varmentaa toimituksen.</translation>
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
        <translation>--raw-file sisältää koko pyynnön: anna se ilman valintaa --%1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--raw-file %1: %2</source>
        <translation>--raw-file %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>verify needs the delivery: --url, --date, --content-sha256, --authorization and --body-file, or --raw-file FILE.</source>
        <translation>verify tarvitsee toimituksen: --url, --date, --content-sha256, --authorization ja --body-file tai --raw-file FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verify needs %1 as well (or the whole request with --raw-file).</source>
        <translation>verify tarvitsee myös valinnat %1 (tai koko pyynnön valinnalla --raw-file).</translation>
    </message>
    <message>
        <location filename="../app/cli/productionconfirmation.cpp" line="+16"/>
        <source>%1 Type %2 to confirm: </source>
        <translation>%1 Vahvista kirjoittamalla %2: </translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="-1"/>
        <source>partner</source>
        <translation>kumppani</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>by %1 (%2, profile %3)</source>
        <translation>tekijä %1 (%2, profiili %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trace id %1</source>
        <translation>jäljitystunnus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last seen %1</source>
        <translation>viimeksi nähty %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--since takes a date (2026-12-01) or a time (2026-12-01T09:30), not &quot;%1&quot;.</source>
        <translation>--since ottaa päivämäärän (2026-12-01) tai ajan (2026-12-01T09:30), ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown --action &quot;%1&quot;.</source>
        <translation>Tuntematon --action &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n muutos.</numerusform>
            <numerusform>%n muutosta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/operations/connectiontest.cpp" line="+43"/>
        <source>Test keys work only against the test environment, and production keys only against production: these keys may belong to the other environment.</source>
        <translation>Testiavaimet toimivat vain testiympäristössä ja tuotantoavaimet vain tuotannossa: avaimet voivat kuulua toiseen ympäristöön.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../app/operations/consolesession.cpp" line="+166"/>
        <source>There is no profile named “%1”.</source>
        <translation>Profiilia nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a profile from the list, or add one in Profiles…</source>
        <translation>Valitse profiili luettelosta tai lisää profiili kohdassa Profiilit…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No API keys are stored for “%1” on this machine.</source>
        <translation>Profiilille ”%1” ei ole tallennettu API-avaimia tälle koneelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client_id, client_secret and subscription key in Profiles…</source>
        <translation>Syötä client_id, client_secret ja tilausavain kohdassa Profiilit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API keys of “%1” could not be read from the keychain.</source>
        <translation>Profiilin ”%1” API-avaimia ei voitu lukea avainnipusta.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sandbox</source>
        <translation>Hiekkalaatikko</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox could not start.</source>
        <translation>Hiekkalaatikkoa ei voitu käynnistää.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+85"/>
        <location line="+43"/>
        <location line="+31"/>
        <source>No profile is open.</source>
        <translation>Mikään profiili ei ole auki.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../ui/deletedialog.ui" line="+14"/>
        <source>Delete webhooks</source>
        <translation>Poista webhookit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete these webhooks?</source>
        <translation>Poistetaanko nämä webhookit?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../ui/deletedialog.cpp" line="+47"/>
        <source>Delete webhook</source>
        <translation>Poista webhook</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n webhooks</source>
        <translation>
            <numerusform>Poista %n webhook</numerusform>
            <numerusform>Poista %n webhookia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Delete this webhook?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Poistetaanko tämä webhook?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Delete these %n webhooks?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Poistetaanko tämä %n webhook?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Poistetaanko nämä %n webhookia?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner: all sales units</source>
        <translation>Kumppani: kaikki myyntipisteet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MSN %1</source>
        <translation>MSN %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vipps MobilePay stops sending this webhook&apos;s events to its URL at once. This cannot be undone: to receive them again, register a new webhook (with a new secret). A secret stored on this machine for it is removed.</source>
        <translation>Vipps MobilePay lopettaa heti tämän webhookin tapahtumien lähettämisen sen URL-osoitteeseen. Tätä ei voi perua: jos haluat vastaanottaa ne uudelleen, rekisteröi uusi webhook (uudella salaisuudella). Sille tälle koneelle tallennettu salaisuus poistetaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vipps MobilePay stops sending these webhooks&apos; events to their URLs at once. This cannot be undone: to receive them again, register new webhooks (with new secrets). Secrets stored on this machine for them are removed.</source>
        <translation>Vipps MobilePay lopettaa heti näiden webhookien tapahtumien lähettämisen niiden URL-osoitteisiin. Tätä ei voi perua: jos haluat vastaanottaa ne uudelleen, rekisteröi uudet webhookit (uusilla salaisuuksilla). Niille tälle koneelle tallennetut salaisuudet poistetaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile “%1”, %2, %3.</source>
        <translation>Profiili ”%1”, %2, %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events: %1</source>
        <translation>Tapahtumat: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id: %1</source>
        <translation>Tunnus: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These are partner registrations for all sales units in &lt;b&gt;production&lt;/b&gt;. Type &lt;b&gt;partner&lt;/b&gt; to confirm:</source>
        <translation>Nämä ovat kumppanirekisteröintejä kaikille myyntipisteille &lt;b&gt;tuotannossa&lt;/b&gt;. Vahvista kirjoittamalla &lt;b&gt;partner&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is &lt;b&gt;production&lt;/b&gt;: live payments use these webhooks. Type the MSN &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Tämä on &lt;b&gt;tuotanto&lt;/b&gt;: oikeat maksut käyttävät näitä webhookeja. Vahvista kirjoittamalla MSN &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Poista %n</numerusform>
            <numerusform>&amp;Poista %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Deleting…</source>
        <translation>Poistetaan…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already deleted</source>
        <translation>Jo poistettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Epäonnistui: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;A deletion failed.&lt;/b&gt; The result of each is shown below.</source>
        <translation>&lt;b&gt;Poisto epäonnistui.&lt;/b&gt; Kunkin tulos näkyy alla.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n deletions failed.&lt;/b&gt; The result of each is shown below.</source>
        <translation>
            <numerusform>&lt;b&gt;%n poisto epäonnistui.&lt;/b&gt; Kunkin tulos näkyy alla.</numerusform>
            <numerusform>&lt;b&gt;%n poistoa epäonnistui.&lt;/b&gt; Kunkin tulos näkyy alla.</numerusform>
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
        <translation>&amp;Varmenna toimitus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Test Delivery…</source>
        <translation>Lähetä &amp;testitoimitus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;mulate Event…</source>
        <translation>Si&amp;muloi tapahtuma…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify</source>
        <translation>Varmenna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify delivery: check whether a delivery your endpoint received is genuine (nothing is sent) (%1)</source>
        <translation>Varmenna toimitus: tarkista, onko päätepisteesi vastaanottama toimitus aito (mitään ei lähetetä) (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulate</source>
        <translation>Simuloi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulate event (sandbox): deliver a simulated event to every sandbox registration that has it (%1)</source>
        <translation>Simuloi tapahtuma (hiekkalaatikko): toimita simuloitu tapahtuma jokaiseen hiekkalaatikon rekisteröintiin, jolla se on (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset &amp;Sandbox…</source>
        <translation>&amp;Nollaa hiekkalaatikko…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace every sandbox registration with the sample registrations</source>
        <translation>Korvaa kaikki hiekkalaatikon rekisteröinnit esimerkkirekisteröinneillä</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Reset the Sandbox?</source>
        <translation>Nollataanko hiekkalaatikko?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every registration in the sandbox is deleted and the sample registrations come back. Nothing outside the sandbox changes.</source>
        <translation>Kaikki hiekkalaatikon rekisteröinnit poistetaan, ja esimerkkirekisteröinnit palautetaan. Mikään hiekkalaatikon ulkopuolella ei muutu.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Send test delivery: a simulated, signed delivery to the selected webhook</source>
        <translation>Lähetä testitoimitus: simuloitu, allekirjoitettu toimitus valittuun webhookiin</translation>
    </message>
</context>
<context>
    <name>DeliveryAttribution</name>
    <message>
        <location filename="../app/operations/deliveryattribution.cpp" line="+91"/>
        <source>%1, partner (all sales units)</source>
        <translation>%1, kumppani (kaikki myyntipisteet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, MSN %2</source>
        <translation>%1, MSN %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no profile</source>
        <translation>ei profiilia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with the secret of webhook %1 (profile “%2”, %3).</source>
        <translation>Allekirjoitettu webhookin %1 salaisuudella (profiili ”%2”, %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret.</source>
        <translation>
            <numerusform>Tällä URL-osoitteella on %n rekisteröinti: jokainen tapahtuma saapuu kerran kutakin rekisteröintiä kohden, kukin omalla salaisuudellaan allekirjoitettuna.</numerusform>
            <numerusform>Tällä URL-osoitteella on %n rekisteröintiä: jokainen tapahtuma saapuu kerran kutakin rekisteröintiä kohden, kukin omalla salaisuudellaan allekirjoitettuna.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list of secrets stored on this machine could not be read: %1</source>
        <translation>Tälle koneelle tallennettujen salaisuuksien luetteloa ei voitu lukea: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No webhook secret is stored on this machine, so none could be tried.</source>
        <translation>Tälle koneelle ei ole tallennettu webhook-salaisuuksia, joten yhtään ei voitu kokeilla.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>None of the %n webhook secrets tried verifies this delivery.</source>
        <translation>
            <numerusform>%n kokeiltu webhook-salaisuus ei varmenna tätä toimitusta.</numerusform>
            <numerusform>Yksikään %n kokeillusta webhook-salaisuudesta ei varmenna tätä toimitusta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored secrets could not be read from the keychain.</source>
        <translation>
            <numerusform>%n tallennettu salaisuus jäi lukematta avainnipusta.</numerusform>
            <numerusform>%n tallennettua salaisuutta jäi lukematta avainnipusta.</numerusform>
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
            <numerusform>Tällä URL-osoitteella on %n rekisteröinti (%1): jokainen tapahtuma saapuu kerran kutakin rekisteröintiä kohden, kukin omalla salaisuudellaan allekirjoitettuna. Tämän toimituksen lähettäneen rekisteröinnin salaisuutta ei ole tallennettu tänne: syötä se tälle koneelle tai korvaa kyseinen rekisteröinti.</numerusform>
            <numerusform>Tällä URL-osoitteella on %n rekisteröintiä (%1): jokainen tapahtuma saapuu kerran kutakin rekisteröintiä kohden, kukin omalla salaisuudellaan allekirjoitettuna. Tämän toimituksen lähettäneen rekisteröinnin salaisuutta ei ole tallennettu tänne: syötä se tälle koneelle tai korvaa kyseinen rekisteröinti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This URL has one registration known here (%1, %2); the delivery was not signed with its stored secret: perhaps it came from the other environment or from a registration made elsewhere.</source>
        <translation>Tällä URL-osoitteella on täällä yksi tunnettu rekisteröinti (%1, %2); toimitusta ei allekirjoitettu sen tallennetulla salaisuudella: ehkä se tuli toisesta ympäristöstä tai muualla tehdystä rekisteröinnistä.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No registration of this URL is known here: it may belong to other API keys or the other environment.</source>
        <translation>Tämän URL-osoitteen rekisteröintiä ei tunneta täällä: se voi kuulua muille API-avaimille tai toiseen ympäristöön.</translation>
    </message>
</context>
<context>
    <name>DeliveryInput</name>
    <message>
        <location filename="../ui/deliveryinput.ui" line="+25"/>
        <source>&amp;Raw HTTP request</source>
        <translation>&amp;Raaka HTTP-pyyntö</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole request: request line, headers, a blank line, then the body. Pasted or opened text is kept byte for byte.</source>
        <translation>Koko pyyntö: pyyntörivi, otsakkeet, tyhjä rivi ja sitten runko. Liitetty tai avattu teksti säilytetään tavu tavulta.</translation>
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
        <translation>Avaa t&amp;iedosto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the request from a file, byte for byte</source>
        <translation>Lue pyyntö tiedostosta tavu tavulta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Headers and body</source>
        <translation>&amp;Otsakkeet ja runko</translation>
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
        <translation>Ru&amp;nko:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The body exactly as received</source>
        <translation>Runko täsmälleen sellaisena kuin se vastaanotettiin</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>O&amp;pen File…</source>
        <translation>Avaa ti&amp;edosto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the body from a file, byte for byte</source>
        <translation>Lue runko tiedostosta tavu tavulta</translation>
    </message>
    <message>
        <location filename="../ui/deliveryinput.cpp" line="+64"/>
        <source>Paste the request first (or open it from a file), or give its headers and body on the other tab.</source>
        <translation>Liitä ensin pyyntö (tai avaa se tiedostosta) tai anna sen otsakkeet ja runko toisella välilehdellä.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a whole HTTP request: %1</source>
        <translation>Tämä ei ole kokonainen HTTP-pyyntö: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the URL the delivery was sent to, or choose its webhook.</source>
        <translation>Anna URL, johon toimitus lähetettiin, tai valitse sen webhook.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an absolute URL with a host name, such as https://example.com/webhooks.</source>
        <translation>”%1” ei ole absoluuttinen URL, jossa on isäntänimi, kuten https://example.com/webhooks.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a Request</source>
        <translation>Avaa pyyntö</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a Body</source>
        <translation>Avaa runko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the file</source>
        <translation>Tiedostoa ei voi lukea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is too large</source>
        <translation>Tiedosto on liian suuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is larger than %2 MiB; a delivery is much smaller.</source>
        <translation>%1 on suurempi kuin %2 MiB; toimitus on paljon pienempi.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n bytes, exactly as pasted or opened.</source>
        <translation>
            <numerusform>%n tavu täsmälleen sellaisena kuin se liitettiin tai avattiin.</numerusform>
            <numerusform>%n tavua täsmälleen sellaisina kuin ne liitettiin tai avattiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bytes as shown: typed or edited text has LF line breaks.</source>
        <translation>
            <numerusform>%n tavu näytetyssä muodossa: kirjoitetussa tai muokatussa tekstissä on LF-rivinvaihdot.</numerusform>
            <numerusform>%n tavua näytetyssä muodossa: kirjoitetussa tai muokatussa tekstissä on LF-rivinvaihdot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Body: %n bytes, ending with a line break.</source>
        <translation>
            <numerusform>Runko: %n tavu, päättyy rivinvaihtoon.</numerusform>
            <numerusform>Runko: %n tavua, päättyy rivinvaihtoon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Body: %n bytes.</source>
        <translation>
            <numerusform>Runko: %n tavu.</numerusform>
            <numerusform>Runko: %n tavua.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It ends with a line break.</source>
        <translation>Se päättyy rivinvaihtoon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>https://example.com/webhooks/vipps (the URL the delivery was sent to)</source>
        <translation>https://example.com/webhooks/vipps (URL, johon toimitus lähetettiin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the registered URL, %1</source>
        <translation>Tyhjä: rekisteröity URL, %1</translation>
    </message>
</context>
<context>
    <name>DeliveryService</name>
    <message>
        <location filename="../app/operations/deliveryservice.cpp" line="+49"/>
        <source>No profile is open.</source>
        <translation>Mikään profiili ei ole auki.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed.</source>
        <translation>Tämän webhookin salaisuutta ei ole tallennettu tälle koneelle, joten toimitusta ei voi allekirjoittaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret could not be read from the keychain: %1</source>
        <translation>Salaisuutta ei voitu lukea avainnipusta: %1</translation>
    </message>
</context>
<context>
    <name>DeliverySignature</name>
    <message>
        <location filename="../app/core/deliverysignature.cpp" line="+103"/>
        <source>The x-ms-date header is missing.</source>
        <translation>x-ms-date-otsake puuttuu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The x-ms-content-sha256 header is missing.</source>
        <translation>x-ms-content-sha256-otsake puuttuu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Authorization header is missing.</source>
        <translation>Authorization-otsake puuttuu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Authorization header is malformed: expected &quot;HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=&lt;base64&gt;&quot;.</source>
        <translation>Authorization-otsake on väärän muotoinen: odotettiin &quot;HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=&lt;base64&gt;&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body&apos;s SHA-256 does not match x-ms-content-sha256: the body was changed after it was sent. Hash the raw bytes as received.</source>
        <translation>Rungon SHA-256 ei vastaa otsaketta x-ms-content-sha256: runkoa muutettiin lähettämisen jälkeen. Laske tiiviste raakatavuista sellaisina kuin ne vastaanotettiin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body has CRLF line endings where LF belongs.</source>
        <translation>Rungossa on CRLF-rivinvaihtoja LF:n paikalla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body looks re-serialised (its JSON spacing differs from the compact form).</source>
        <translation>Runko näyttää uudelleen sarjallistetulta (sen JSON-välistys poikkeaa tiiviistä muodosta).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The host differs from the registered URL&apos;s (%1 instead of %2).</source>
        <translation>Isäntä poikkeaa rekisteröidyn URL-osoitteen isännästä (%1, ei %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The path or query differs from the registered URL&apos;s (%1 instead of %2).</source>
        <translation>Polku tai kysely poikkeaa rekisteröidyn URL-osoitteen vastaavasta (%1, ei %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery&apos;s URL is missing or invalid.</source>
        <translation>Toimituksen URL puuttuu tai on virheellinen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signature was computed with CRLF where LF belongs: the string to sign uses &quot;\n&quot; between its lines, not &quot;\r\n&quot;.</source>
        <translation>Allekirjoitus laskettiin CRLF:llä LF:n paikalla: allekirjoitettavan merkkijonon rivien välissä on &quot;\n&quot;, ei &quot;\r\n&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match: the secret is wrong (perhaps the other environment&apos;s, or another webhook&apos;s), or the URL, date or hash signed differs.</source>
        <translation>Allekirjoitus ei täsmää: salaisuus on väärä (ehkä toisen ympäristön tai toisen webhookin), tai allekirjoitettu URL, päivämäärä tai tiiviste poikkeaa.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The text does not start with an HTTP request line such as &quot;POST /path HTTP/1.1&quot;.</source>
        <translation>Teksti ei ala HTTP-pyyntörivillä, kuten &quot;POST /path HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The request has no Host header.</source>
        <translation>Pyynnössä ei ole Host-otsaketta.</translation>
    </message>
</context>
<context>
    <name>DeliveryVerification</name>
    <message>
        <location filename="../app/core/deliveryverification.cpp" line="+103"/>
        <source>The signature was made with the secret this webhook has stored for the %1 environment, not with this one&apos;s: the delivery was signed for the other environment (or the secret was stored under the wrong environment).</source>
        <translation>Allekirjoitus tehtiin salaisuudella, joka tälle webhookille on tallennettu ympäristöön %1, eikä tämän ympäristön salaisuudella: toimitus allekirjoitettiin toista ympäristöä varten (tai salaisuus tallennettiin väärän ympäristön alle).</translation>
    </message>
</context>
<context>
    <name>EnterSecretDialog</name>
    <message>
        <location filename="../ui/entersecretdialog.ui" line="+14"/>
        <source>Enter Webhook Secret</source>
        <translation>Syötä webhookin salaisuus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Enter the secret of this webhook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Syötä tämän webhookin salaisuus&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vipps MobilePay returned this secret once, when the webhook was registered (perhaps with another tool). Stored here, it lets this console verify deliveries and send signed test deliveries. It goes to this computer&apos;s keychain only.</source>
        <translation>Vipps MobilePay palautti tämän salaisuuden kerran, kun webhook rekisteröitiin (ehkä toisella työkalulla). Kun se on tallennettu tähän, tämä konsoli voi varmentaa toimituksia ja lähettää allekirjoitettuja testitoimituksia. Se tallennetaan vain tämän tietokoneen avainnippuun.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Salaisuus:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Webhook secret</source>
        <translation>Webhookin salaisuus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how the secret</source>
        <translation>&amp;Näytä salaisuus</translation>
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
        <translation>&amp;Tallenna salaisuus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keychain did not store the secret: %1</source>
        <translation>Avainnippu ei tallentanut salaisuutta: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paste the secret exactly as Vipps MobilePay returned it at registration.</source>
        <translation>Liitä salaisuus täsmälleen sellaisena kuin Vipps MobilePay palautti sen rekisteröinnissä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secret is one line of text: remove the line breaks and control characters.</source>
        <translation>Salaisuus on yksi tekstirivi: poista rivinvaihdot ja ohjausmerkit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret has no spaces inside: check that you pasted only the secret.</source>
        <translation>Salaisuuden sisällä ei ole välilyöntejä: tarkista, että liitit vain salaisuuden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The spaces at the start or end are left out.</source>
        <translation>Alun ja lopun välilyönnit jätetään pois.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only %n character(s): check that you copied all of it.</source>
        <translation>
            <numerusform>Vain %n merkki: tarkista, että kopioit kaiken.</numerusform>
            <numerusform>Vain %n merkkiä: tarkista, että kopioit kaiken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n character(s).</source>
        <translation>
            <numerusform>%n merkki.</numerusform>
            <numerusform>%n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This replaces the secret stored on this machine.</source>
        <translation>Tämä korvaa tälle koneelle tallennetun salaisuuden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Tallennetaan salaisuutta avainnippuun…</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <location filename="../app/core/environment.cpp" line="+54"/>
        <source>Test</source>
        <translation>Testi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Tuotanto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Mukautettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Hiekkalaatikko</translation>
    </message>
</context>
<context>
    <name>EnvironmentChip</name>
    <message>
        <location filename="../ui/environmentchip.cpp" line="+51"/>
        <source>sample registrations</source>
        <translation>esimerkkirekisteröinnit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · partner keys</source>
        <translation>%1 · kumppaniavaimet</translation>
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
        <translation>Ei laukea koskaan testiympäristössä: Donations-API on olemassa vain tuotannossa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the test environment these fire only for payments created through the ePayment API (not for other APIs&apos; test payments).</source>
        <translation>Testiympäristössä nämä laukeavat vain ePayment-API:n kautta luoduille maksuille (eivät muiden API:en testimaksuille).</translation>
    </message>
    <message>
        <location filename="../app/core/eventcatalognames.cpp" line="+9"/>
        <source>ePayment</source>
        <translation>ePayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Veloitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurring</source>
        <translation>Toistuvat maksut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement accepted</source>
        <translation>Sopimus hyväksytty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement rejected</source>
        <translation>Sopimus hylätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement stopped</source>
        <translation>Sopimus pysäytetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement expired</source>
        <translation>Sopimus vanhentunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge reserved</source>
        <translation>Veloitus varattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge captured</source>
        <translation>Veloitus suoritettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge cancelled</source>
        <translation>Veloitus peruttu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge failed</source>
        <translation>Veloitus epäonnistui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge creation failed</source>
        <translation>Veloituksen luonti epäonnistui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge refunded</source>
        <translation>Veloitus hyvitetty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User checked in</source>
        <translation>Käyttäjä ilmoittautui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Kirjautuminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant-initiated login ping</source>
        <translation>Kauppiaan käynnistämä kirjautumisping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donations</source>
        <translation>Lahjoitukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement started</source>
        <translation>Sopimus alkanut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal day changed</source>
        <translation>Veloituspäivä muuttunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount changed</source>
        <translation>Summa muuttunut</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <location filename="../ui/eventpicker.cpp" line="+174"/>
        <location line="+152"/>
        <source>Other</source>
        <translation>Muut</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>not known (limit %1)</source>
        <translation>ei tiedossa (raja %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhooks could not be loaded: how many registrations use this event is not known. The limit is %1.</source>
        <translation>Webhookeja ei voitu ladata: tätä tapahtumaa käyttävien rekisteröintien määrä ei ole tiedossa. Raja on %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 used, full</source>
        <translation>%1/%2 käytössä, täynnä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The limit for this event (%1) is reached. Delete a registration to register another.</source>
        <translation>Tämän tapahtuman raja (%1) on täynnä. Poista rekisteröinti, jotta voit rekisteröidä uuden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 used</source>
        <translation>%1/%2 käytössä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 registrations for this event are in use.</source>
        <translation>Tämän tapahtuman rekisteröinneistä %1/%2 on käytössä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event type is not in the console&apos;s catalogue; it is kept as it is.</source>
        <translation>Tämä tapahtumatyyppi ei ole konsolin luettelossa; se säilytetään sellaisenaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Test environment: %1</source>
        <translation>Testiympäristö: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This URL is already registered for this event: each event would arrive twice.</source>
        <translation>Tämä URL on jo rekisteröity tälle tapahtumalle: jokainen tapahtuma saapuisi kahdesti.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 selected</source>
        <translation>%1/%2 valittu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select or clear every event of this group</source>
        <translation>Valitse kaikki tämän ryhmän tapahtumat tai poista valinnat</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Search events (name or type)</source>
        <translation>Hae tapahtumia (nimi tai tyyppi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the events by name, product or event type</source>
        <translation>Suodata tapahtumia nimen, tuotteen tai tapahtumatyypin mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Hae tapahtumia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event type</source>
        <translation>Tapahtumatyyppi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrations</source>
        <translation>Rekisteröinnit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrations of this sales unit (or of the partner keys) that use the event, against the limit</source>
        <translation>Tämän myyntipisteen (tai kumppaniavainten) tapahtumaa käyttävät rekisteröinnit suhteessa rajaan</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/historydialog.cpp" line="+178"/>
        <source>&amp;Reload</source>
        <translation>&amp;Lataa uudelleen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Vie CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All time</source>
        <translation>Koko aika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Viimeiset 24 tuntia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Kaikki toiminnot</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Sales unit:</source>
        <translation>&amp;Myyntipiste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nvironment:</source>
        <translation>&amp;Ympäristö:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Toiminto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No local state store.</source>
        <translation>Ei paikallista tilatiedostoa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be read: %1</source>
        <translation>Historiaa ei voitu lukea: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All sales units</source>
        <translation>Kaikki myyntipisteet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All environments</source>
        <translation>Kaikki ympäristöt</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n of %1 change(s) shown.</source>
        <translation>
            <numerusform>%n / %1 muutoksesta näytetään.</numerusform>
            <numerusform>%n / %1 muutoksesta näytetään.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>%1 could not be written: %2</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the History</source>
        <translation>Vie historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1.</source>
        <translation>Viety tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-267"/>
        <source>Partner (all sales units)</source>
        <translation>Kumppani (kaikki myyntipisteet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MSN %1</source>
        <translation>MSN %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed outside this console between %1 and %2. Vipps MobilePay removes endpoints that failed for two weeks.</source>
        <translation>Poistettu tämän konsolin ulkopuolella välillä %1–%2. Vipps MobilePay poistaa päätepisteet, jotka ovat epäonnistuneet kaksi viikkoa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace id %1</source>
        <translation>Jäljitystunnus %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales unit</source>
        <translation>Myyntipiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook id</source>
        <translation>Webhookin tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/storage/keychainsecretstore.cpp" line="+184"/>
        <source>The keychain is locked and was not unlocked (the unlock prompt was cancelled or could not be shown). Unlock it and try again.</source>
        <translation>Avainnippu on lukittu, eikä sitä avattu (avauskehote peruttiin tai sitä ei voitu näyttää). Avaa lukitus ja yritä uudelleen.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Avainnippu ei vastannut %n sekunnin kuluessa.</numerusform>
            <numerusform>Avainnippu ei vastannut %n sekunnin kuluessa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The keychain has no entry “%1”.</source>
        <translation>Avainnipussa ei ole merkintää ”%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked and was not unlocked, or access to it was refused.</source>
        <translation>Avainnippu on lukittu, eikä sitä avattu, tai pääsy siihen evättiin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain reported an unknown error.</source>
        <translation>Avainnippu ilmoitti tuntemattomasta virheestä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain reported an error: %1</source>
        <translation>Avainnippu ilmoitti virheestä: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available: no Secret Service (gnome-keyring or KWallet) is running on this desktop.</source>
        <translation>Avainnippua ei ole käytettävissä: tällä työpöydällä ei ole käynnissä Secret Service -palvelua (gnome-keyring tai KWallet).</translation>
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
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the registered webhooks again</source>
        <translation>Lataa rekisteröidyt webhookit uudelleen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister…</source>
        <translation>&amp;Rekisteröi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new webhook</source>
        <translation>Rekisteröi uusi webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>P&amp;oista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected webhooks</source>
        <translation>Poista valitut webhookit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter</source>
        <translation>&amp;Suodata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the table by URL, event or id</source>
        <translation>Suodata taulukkoa URL-osoitteen, tapahtuman tai tunnuksen mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiilit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit or remove profiles and their API keys</source>
        <translation>Lisää, muokkaa tai poista profiileja ja niiden API-avaimia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch Profile…</source>
        <translation>&amp;Vaihda profiili…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another profile: type to search</source>
        <translation>Avaa toinen profiili: hae kirjoittamalla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Webhook Console</source>
        <translation>Lopeta Webhook Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Webhook Console</source>
        <translation>&amp;Tietoja ohjelmasta Webhook Console</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhookit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header</source>
        <translation>Yläpalkki</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Talking to the API…</source>
        <translation>Yhteys API:in käynnissä…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Käsitellään</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of Webhook Console</source>
        <translation>Webhook Consolen kieli</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Production — changes affect live payments</source>
        <translation>Tuotanto – muutokset vaikuttavat oikeisiin maksuihin</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Webhooks loaded.</source>
        <translation>Webhookit ladattu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhooks could not be loaded.</source>
        <translation>Webhookeja ei voitu ladata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: trying again in %2 s…</source>
        <translation>%1: yritetään uudelleen %2 s kuluttua…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook registered.</source>
        <translation>Webhook rekisteröity.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The webhook was not registered.</source>
        <translation>Webhookia ei rekisteröity.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Local state</source>
        <translation>Paikallinen tila</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The deletion failed.</source>
        <translation>Poisto epäonnistui.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n deletions failed.</source>
        <translation>
            <numerusform>Epäonnistuneita poistoja: %1/%n.</numerusform>
            <numerusform>Epäonnistuneita poistoja: %1/%n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted 1 webhook.</source>
        <translation>Poistettiin 1 webhook.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Deleted %n webhooks.</source>
        <translation>
            <numerusform>Poistettiin %n webhook.</numerusform>
            <numerusform>Poistettiin %n webhookia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sandbox — %1</source>
        <translation>Hiekkalaatikko – %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working…</source>
        <translation>Käsitellään…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About %1</source>
        <translation>Tietoja: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Manage Vipps MobilePay webhooks from the desktop.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Hallitse Vipps MobilePay -webhookeja työpöydältä.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quit Webhook Console?</source>
        <translation>Lopetetaanko Webhook Console?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registration is still running, or its secret has not been saved yet. The API never shows a secret twice. Quit anyway?</source>
        <translation>Rekisteröinti on yhä käynnissä, tai sen salaisuutta ei ole vielä tallennettu. API ei koskaan näytä salaisuutta kahdesti. Lopetetaanko silti?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+17"/>
        <source>Copy details</source>
        <translation>Kopioi tiedot</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy the whole error, trace id included, for a support request</source>
        <translation>Kopioi koko virhe jäljitystunnuksineen (trace id) tukipyyntöä varten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trace id: %1</source>
        <translation>Jäljitystunnus (trace id): %1</translation>
    </message>
</context>
<context>
    <name>NetworkAccessManager</name>
    <message>
        <location filename="../app/core/networkaccessmanager.cpp" line="+62"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: tiedostoa %2 ei voi lukea: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation>%1: %2 ei sisällä PEM-varmennetta.</translation>
    </message>
</context>
<context>
    <name>OrphanedSecretsDialog</name>
    <message>
        <location filename="../ui/orphanedsecretsdialog.ui" line="+14"/>
        <source>Orphaned Secrets</source>
        <translation>Orvot salaisuudet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These secrets are stored on this computer, but no webhook with their id is registered any more: it was deleted elsewhere, or Vipps MobilePay removed it after its endpoint failed for two weeks. A secret is of no use without its webhook.</source>
        <translation>Nämä salaisuudet on tallennettu tälle tietokoneelle, mutta niiden tunnuksella ei ole enää rekisteröity webhookia: se poistettiin muualla, tai Vipps MobilePay poisti sen, kun sen päätepiste oli epäonnistunut kahden viikon ajan. Salaisuudesta ei ole hyötyä ilman sen webhookia.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ids of the orphaned secrets</source>
        <translation>Orpojen salaisuuksien tunnukset</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove Selected…</source>
        <translation>&amp;Poista valitut…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove &amp;All…</source>
        <translation>Poista &amp;kaikki…</translation>
    </message>
    <message>
        <location filename="../ui/orphanedsecretsdialog.cpp" line="+64"/>
        <source>“%1” (%2, partner keys)</source>
        <translation>”%1” (%2, kumppaniavaimet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2, MSN %3)</source>
        <translation>”%1” (%2, MSN %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;No orphaned secrets for %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ei orpoja salaisuuksia: %1.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%1: %n secret(s) without a webhook.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %n salaisuus ilman webhookia.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %n salaisuutta ilman webhookia.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Remove %n stored secret(s) from this computer? No webhook with these ids is registered any more.</source>
        <translation>
            <numerusform>Poistetaanko %n tallennettu salaisuus tältä tietokoneelta? Tällä tunnuksella ei ole enää rekisteröity webhookia.</numerusform>
            <numerusform>Poistetaanko %n tallennettua salaisuutta tältä tietokoneelta? Näillä tunnuksilla ei ole enää rekisteröity webhookeja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Removed %n stored secret(s).</source>
        <translation>
            <numerusform>%n tallennettu salaisuus poistettiin.</numerusform>
            <numerusform>%n tallennettua salaisuutta poistettiin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>orphaned secret</source>
        <translation>orpo salaisuus</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Remove the stored secret of the webhook %1 from this computer? No webhook with this id is registered any more.</source>
        <translation>Poistetaanko webhookin %1 tallennettu salaisuus tältä tietokoneelta? Tällä tunnuksella ei ole enää rekisteröity webhookia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Orphaned Secrets</source>
        <translation>Poista orvot salaisuudet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing…</source>
        <translation>Poistetaan…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keychain did not remove the secret of %1: %2</source>
        <translation>Avainnippu ei poistanut webhookin %1 salaisuutta: %2</translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <location filename="../app/import/postmanimport.cpp" line="+150"/>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a Postman environment.</source>
        <translation>Tiedosto on liian suuri ollakseen Postman-ympäristö.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>Tiedosto ei ole kelvollista JSONia (%1 merkin %2 kohdalla).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a Postman environment: it holds no JSON object.</source>
        <translation>Tiedosto ei ole Postman-ympäristö: siinä ei ole JSON-objektia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a Postman collection, not an environment. In Postman, export the environment that holds your keys (Environments, ..., Export).</source>
        <translation>Tämä on Postman-kokoelma, ei ympäristö. Vie Postmanissa se ympäristö, jossa avaimesi ovat (Environments, ..., Export).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not a Postman environment: it has no &quot;values&quot; list.</source>
        <translation>Tiedosto ei ole Postman-ympäristö: siinä ei ole ”values”-luetteloa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Postman environment: &quot;values&quot; is not a list.</source>
        <translation>Tiedosto ei ole Postman-ympäristö: ”values” ei ole luettelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Postman environment: &quot;name&quot; is not text.</source>
        <translation>Tiedosto ei ole Postman-ympäristö: ”name” ei ole tekstiä.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not open %1: %2</source>
        <translation>Tiedostoa %1 ei voitu avata: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large to be a Postman environment.</source>
        <translation>%1 on liian suuri ollakseen Postman-ympäristö.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read %1: %2</source>
        <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These look like production keys. The new profile is set to Test: choose Production yourself if that is where the keys belong.</source>
        <translation>Nämä näyttävät tuotantoavaimilta. Uuden profiilin ympäristöksi on asetettu Testi: valitse itse Tuotanto, jos avaimet kuuluvat sinne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the export: %1. Enter them before saving.</source>
        <translation>Ei mukana viennissä: %1. Syötä ne ennen tallentamista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled in Postman, not imported: %1.</source>
        <translation>Poistettu käytöstä Postmanissa, ei tuotu: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported because the value is not plain text (or refers to another Postman variable): %1.</source>
        <translation>Ei tuotu, koska arvo ei ole pelkkää tekstiä (tai viittaa toiseen Postman-muuttujaan): %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No merchantSerialNumber: the profile uses partner keys (all sales units).</source>
        <translation>Ei merchantSerialNumber-arvoa: profiili käyttää kumppaniavaimia (kaikki myyntipisteet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used by the console: %1.</source>
        <translation>Konsoli ei käytä: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries without a variable name were skipped: %1.</source>
        <translation>Merkinnät ilman muuttujan nimeä ohitettiin: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new language takes effect when Webhook Console is started again.</source>
        <translation>Uusi kieli otetaan käyttöön, kun Webhook Console käynnistetään uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+15"/>
        <source>System default</source>
        <translation>Järjestelmän kieli</translation>
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
        <translation>Tavallinen portti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address</source>
        <translation>Julkinen osoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2+ and a trusted certificate</source>
        <translation>TLS 1.2+ ja luotettu varmenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No redirect</source>
        <translation>Ei uudelleenohjausta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed test POST answered 2xx</source>
        <translation>Allekirjoitettuun testi-POSTiin vastattiin 2xx</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pass</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Ei tarkistettu</translation>
    </message>
</context>
<context>
    <name>PreflightRules</name>
    <message>
        <location filename="../app/delivery/preflightrules.cpp" line="+34"/>
        <source>the certificate for %1 from %2 is valid until %3</source>
        <translation>varmenne kohteelle %1, myöntäjä %2, on voimassa %3 asti</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The URL is an absolute https URL.</source>
        <translation>URL on absoluuttinen https-URL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is one of the common ports (443, 80, 8080).</source>
        <translation>Portti %1 on yksi tavallisista porteista (443, 80, 8080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 is not one of the common ports Vipps MobilePay recommends (443, 80, 8080); deliveries may not reach it.</source>
        <translation>Portti %1 ei ole yksi Vipps MobilePayn suosittelemista tavallisista porteista (443, 80, 8080); toimitukset eivät ehkä tavoita sitä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name %1 does not resolve: %2</source>
        <translation>Nimeä %1 ei voi selvittää: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name %1 does not resolve to any address.</source>
        <translation>Nimi %1 ei osoita mihinkään osoitteeseen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, which is private or local: Vipps MobilePay cannot reach it from the internet.</source>
        <translation>%1 osoittaa osoitteeseen %2, joka on yksityinen tai paikallinen: Vipps MobilePay ei tavoita sitä internetistä.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 resolves to this computer (%2): allowed for testing only; Vipps MobilePay cannot reach it.</source>
        <translation>%1 osoittaa tähän tietokoneeseen (%2): sallittu vain testaukseen; Vipps MobilePay ei tavoita sitä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to public addresses (%2).</source>
        <translation>%1 osoittaa julkisiin osoitteisiin (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS-kättely epäonnistui: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. The certificate expires soon: renew it.</source>
        <translation>%1. Varmenne vanhenee pian: uusi se.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: the test POST got no answer.</source>
        <translation>Ei tarkistettu: testi-POST ei saanut vastausta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test POST was not redirected.</source>
        <translation>Testi-POSTia ei uudelleenohjattu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test POST was answered %1 with a redirect to %2. Vipps MobilePay does not follow redirects: register the final URL.</source>
        <translation>Testi-POSTiin vastattiin koodilla %1 ja uudelleenohjauksella: %2. Vipps MobilePay ei seuraa uudelleenohjauksia: rekisteröi lopullinen URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nowhere</source>
        <translation>ei kohdetta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answered %1 in %2.</source>
        <translation>Vastaus %1 ajassa %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered %1 in %2: the receiver probably refused the signature of the throwaway secret (no secret exists before registration). It must answer 2xx to genuine deliveries.</source>
        <translation>Vastaus %1 ajassa %2: vastaanottaja luultavasti hylkäsi kertakäyttöisellä salaisuudella tehdyn allekirjoituksen (salaisuutta ei ole ennen rekisteröintiä). Sen on vastattava 2xx aitoihin toimituksiin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered %1 in %2, not 2xx: Vipps MobilePay would count the delivery as failed and retry it.</source>
        <translation>Vastaus %1 ajassa %2, ei 2xx: Vipps MobilePay katsoisi toimituksen epäonnistuneeksi ja yrittäisi uudelleen.</translation>
    </message>
</context>
<context>
    <name>PreflightWidget</name>
    <message>
        <location filename="../ui/preflightwidget.cpp" line="+149"/>
        <location line="+123"/>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+90"/>
        <source>Stopped</source>
        <translation>Pysäytetty</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Checking %1 as Vipps MobilePay would call it (%2 of %3 checks done)…</source>
        <translation>Tarkistetaan %1 niin kuin Vipps MobilePay kutsuisi sitä (%2/%3 tarkistusta tehty)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check of %1 was stopped.</source>
        <translation>URL-osoitteen %1 tarkistus pysäytettiin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1 fails the check.&lt;/b&gt; Vipps MobilePay could not deliver to it: fix what failed before registering.</source>
        <translation>&lt;b&gt;%1 ei läpäise tarkistusta.&lt;/b&gt; Vipps MobilePay ei voisi toimittaa sinne: korjaa epäonnistuneet kohdat ennen rekisteröintiä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 passes, with warnings.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 läpäisee, varoituksin.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 passes every check.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 läpäisee kaikki tarkistukset.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test POST was signed with a made-up secret (the real one exists only after registration), so a 401 or 403 answer is only a warning.</source>
        <translation>Testi-POST allekirjoitettiin keksityllä salaisuudella (oikea on olemassa vasta rekisteröinnin jälkeen), joten vastaus 401 tai 403 on vain varoitus.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/storage/profile.cpp" line="+16"/>
        <source>Enter a name for the profile.</source>
        <translation>Anna profiilille nimi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Profiilin nimi on pidempi kuin %1 merkkiä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain “/” or “\”.</source>
        <translation>Profiilin nimessä ei saa olla merkkejä ”/” tai ”\”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain control characters such as line breaks.</source>
        <translation>Profiilin nimessä ei saa olla ohjausmerkkejä, kuten rivinvaihtoja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile name must not begin or end with a space.</source>
        <translation>Profiilin nimi ei saa alkaa tai päättyä välilyöntiin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name “-” is reserved.</source>
        <translation>Profiilin nimi ”-” on varattu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the %2 environment; it cannot be declared %3.</source>
        <translation>%1 on ympäristö %2; sitä ei voi määrittää ympäristöksi %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether %1 is a test or a production server.</source>
        <translation>Kerro, onko %1 testi- vai tuotantopalvelin.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A PSP profile needs the merchant&apos;s MSN (Merchant-Serial-Number): a PSP calls on a merchant&apos;s behalf, never with its own MSN.</source>
        <translation>PSP-profiili tarvitsee kauppiaan MSN:n (Merchant-Serial-Number): PSP kutsuu kauppiaan puolesta, ei koskaan omalla MSN:llään.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner keys exist only in production: in the test environment a partner uses the ordinary test keys of a sales unit. Enter that sales unit&apos;s MSN, or choose Production.</source>
        <translation>Kumppaniavaimia on vain tuotannossa: testiympäristössä kumppani käyttää myyntipisteen tavallisia testiavaimia. Syötä sen myyntipisteen MSN tai valitse Tuotanto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the base URL of the custom environment.</source>
        <translation>Anna mukautetun ympäristön perus-URL.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System name</source>
        <translation>Järjestelmän nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System version</source>
        <translation>Järjestelmän versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin name</source>
        <translation>Lisäosan nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin version</source>
        <translation>Lisäosan versio</translation>
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
        <translation>Uusi profiili</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Shop 123456 test</source>
        <translation>esim. Kauppa 123456 testi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Ympäristö:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Base URL:</source>
        <translation>Perus-U&amp;RL:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>https://apitest.vipps.no</source>
        <translation>https://apitest.vipps.no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environment of this server</source>
        <translation>Tämän palvelimen ympäristö</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;MSN:</source>
        <translation>&amp;MSN:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/profileform.cpp" line="+435"/>
        <source>Empty for partner keys</source>
        <translation>Tyhjä kumppaniavaimille</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;SP id:</source>
        <translation>PSP-tunnus (ma&amp;ksupalveluntarjoaja):</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/profileform.cpp" line="+2"/>
        <source>Only for a PSP</source>
        <translation>Vain PSP:lle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client &amp;ID:</source>
        <translation>Client I&amp;D:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Client secre&amp;t:</source>
        <translation>&amp;Client secret:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subscription &amp;key:</source>
        <translation>&amp;Tilausavain:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>S&amp;how stored keys</source>
        <translation>Näytä tallennetut &amp;avaimet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vipps-System headers (optional)</source>
        <translation>Vipps-System-otsakkeet (valinnainen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ystem name:</source>
        <translation>&amp;Järjestelmän nimi:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>System &amp;version:</source>
        <translation>Järjestelmän &amp;versio:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pl&amp;ugin name:</source>
        <translation>Li&amp;säosan nimi:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Plu&amp;gin version:</source>
        <translation>Lisäosan v&amp;ersio:</translation>
    </message>
    <message>
        <location filename="../ui/profileform.cpp" line="-199"/>
        <source>Production: changes affect live payments. Use production keys; test keys fail here.</source>
        <translation>Tuotanto: muutokset vaikuttavat oikeisiin maksuihin. Käytä tuotantoavaimia; testiavaimet eivät toimi täällä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox built into this console: no real keys are needed.</source>
        <translation>Tämän konsolin sisäinen hiekkalaatikko: oikeita avaimia ei tarvita.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the API base URL, such as https://apitest.vipps.no (plain http only for this computer, such as a local sandbox).</source>
        <translation>Anna API:n perus-URL, esimerkiksi https://apitest.vipps.no (pelkkä http vain tälle tietokoneelle, esimerkiksi paikalliselle hiekkalaatikolle).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say whether this server is a test or a production server; until then it is treated as production.</source>
        <translation>Kerro, onko tämä palvelin testi- vai tuotantopalvelin; siihen asti sitä käsitellään tuotantona.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A PSP profile: “Psp-Id: %1” is sent on every webhooks call (not on the token call), with the merchant&apos;s MSN above, never the PSP&apos;s own.</source>
        <translation>PSP-profiili: ”Psp-Id: %1” lähetetään jokaisessa webhooks-kutsussa (ei tunnuksen hakukutsussa), yllä olevan kauppiaan MSN:n kanssa, ei koskaan PSP:n omaa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The merchant&apos;s MSN, on whose behalf the PSP calls.</source>
        <translation>Sen kauppiaan MSN, jonka puolesta PSP kutsuu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty means partner keys: registrations then cover every sales unit of the partner, present and future.</source>
        <translation>Tyhjä tarkoittaa kumppaniavaimia: rekisteröinnit koskevat silloin kumppanin kaikkia nykyisiä ja tulevia myyntipisteitä.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter a name, such as the shop and the environment.</source>
        <translation>Anna nimi, esimerkiksi kauppa ja ympäristö.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A profile named “%1” exists already.</source>
        <translation>Profiili nimeltä ”%1” on jo olemassa.</translation>
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
        <translation>tilausavain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: %1 (business portal, For developers). They are kept in the keychain only.</source>
        <translation>Vielä puuttuu: %1 (yritysportaali, Kehittäjille). Ne säilytetään vain avainnipussa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keys are kept in the keychain only.</source>
        <translation>Avaimet säilytetään vain avainnipussa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored keys are kept unless you type new ones.</source>
        <translation>Tallennetut avaimet säilyvät, ellet kirjoita uusia.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Test (apitest.vipps.no)</source>
        <translation>Testi (apitest.vipps.no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production (api.vipps.no)</source>
        <translation>Tuotanto (api.vipps.no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL</source>
        <translation>Mukautettu perus-URL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which environment is this server?</source>
        <translation>Mikä ympäristö tämä palvelin on?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test server</source>
        <translation>Testipalvelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A production server (live payments)</source>
        <translation>Tuotantopalvelin (oikeat maksut)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New profile</source>
        <translation>Uusi profiili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile “%1”</source>
        <translation>Profiili ”%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Stored in the keychain</source>
        <translation>Tallennettu avainnippuun</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A GUID from the business portal</source>
        <translation>GUID yritysportaalista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the business portal</source>
        <translation>Yritysportaalista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ocp-Apim-Subscription-Key</source>
        <translation>Ocp-Apim-Subscription-Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant Serial Number: the sales unit, 4 to 7 digits</source>
        <translation>Merchant Serial Number (MSN): myyntipiste, 4–7 numeroa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PSP&apos;s id, sent as Psp-Id on every webhooks call</source>
        <translation>PSP:n tunnus, joka lähetetään Psp-Id-otsakkeena jokaisessa webhooks-kutsussa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent as %1, at most 30 characters. Empty: “%2”.</source>
        <translation>Lähetetään otsakkeessa %1, enintään 30 merkkiä. Tyhjänä: ”%2”.</translation>
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
        <translation>Ei profiilia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile: API keys of one sales unit (or partner) in one environment</source>
        <translation>Profiili: yhden myyntipisteen (tai kumppanin) API-avaimet yhdessä ympäristössä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox</source>
        <translation>Hiekkalaatikko</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sandbox API inside this program: sample data, no keys</source>
        <translation>Tämän ohjelman sisäinen hiekkalaatikko-API: esimerkkidataa, ei avaimia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sandbox: the API runs inside this program; nothing reaches Vipps MobilePay</source>
        <translation>Hiekkalaatikko: API toimii tämän ohjelman sisällä; mitään ei lähde Vipps MobilePaylle</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PSP %1 for MSN %2</source>
        <translation>PSP %1, MSN %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: all sales units</source>
        <translation>Kumppani: kaikki myyntipisteet</translation>
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
        <translation>”%1” ei ole kelvollinen webhookin tunnus.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Profiili nimeltä ”%1” on jo olemassa.</translation>
    </message>
    <message>
        <location line="+136"/>
        <location line="+32"/>
        <source>No profile is selected.</source>
        <translation>Profiilia ei ole valittu.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>No API keys are stored in the keychain for the profile “%1”.</source>
        <translation>Profiilille ”%1” ei ole tallennettu API-avaimia avainnippuun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API keys of the profile “%1” in the keychain could not be read; save the profile again.</source>
        <translation>Profiilin ”%1” API-avaimia ei voitu lukea avainnipusta; tallenna profiili uudelleen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The secret of the webhook %1 is in the keychain, but this computer&apos;s list of stored secrets could not record it. %2</source>
        <translation>Webhookin %1 salaisuus on avainnipussa, mutta tämän tietokoneen tallennettujen salaisuuksien luetteloon sitä ei voitu kirjata. %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No secret is stored on this computer for the webhook %1.</source>
        <translation>Webhookin %1 salaisuutta ei ole tallennettu tälle tietokoneelle.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="+36"/>
        <source>Open the production profile “%1” (partner keys: every sales unit)? Changes there affect live payments.</source>
        <translation>Avataanko tuotantoprofiili ”%1” (kumppaniavaimet: kaikki myyntipisteet)? Siellä tehdyt muutokset vaikuttavat oikeisiin maksuihin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the production profile “%1” (MSN %2)? Changes there affect live payments.</source>
        <translation>Avataanko tuotantoprofiili ”%1” (MSN %2)? Siellä tehdyt muutokset vaikuttavat oikeisiin maksuihin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open production profile</source>
        <translation>Avaa tuotantoprofiili</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is a production profile: it is not opened by itself.</source>
        <translation>”%1” on tuotantoprofiili: sitä ei avata automaattisesti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Choose it in the profile list, or open it here.</source>
        <translation>Valitse se profiililuettelosta tai avaa se tästä.</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+80"/>
        <source>Open “%1”…</source>
        <translation>Avaa ”%1”…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Registration in progress</source>
        <translation>Rekisteröinti käynnissä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registration is still running. If you switch now, its answer is dropped and the new webhook&apos;s secret may be lost. Switch anyway?</source>
        <translation>Rekisteröinti on yhä käynnissä. Jos vaihdat nyt, sen vastaus hylätään ja uuden webhookin salaisuus voi kadota. Vaihdetaanko silti?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open Profiles…</source>
        <translation>Avaa Profiilit…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is a production profile now: it is not opened by itself.</source>
        <translation>”%1” on nyt tuotantoprofiili: sitä ei avata automaattisesti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile “%1” saved.</source>
        <translation>Profiili ”%1” tallennettu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose it in the profile list to open it.</source>
        <translation>Avaa se valitsemalla se profiililuettelosta.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../ui/profilesdialog.ui" line="+14"/>
        <source>Profiles</source>
        <translation>Profiilit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pro&amp;files:</source>
        <translation>Pro&amp;fiilit:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import from &amp;Postman…</source>
        <translation>T&amp;uo Postmanista…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Test conne&amp;ction</source>
        <translation>Testaa y&amp;hteys</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="+148"/>
        <source>Discard Changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the profile you have not saved yet?</source>
        <translation>Hylätäänkö profiili, jota et ole vielä tallentanut?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>Hylätäänkö profiiliin ”%1” tehdyt tallentamattomat muutokset?</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Reading the keys from the keychain...</source>
        <translation>Luetaan avaimia avainnipusta...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keys are stored for this profile. Enter them, then save.</source>
        <translation>Tälle profiilille ei ole tallennettu avaimia. Syötä ne ja tallenna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain did not give the stored keys: %1</source>
        <translation>Avainnippu ei antanut tallennettuja avaimia: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving...</source>
        <translation>Tallennetaan...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the stored keys from the keychain: %1 Nothing was saved; what you typed is still here.</source>
        <translation>Tallennettuja avaimia ei voitu lukea avainnipusta: %1 Mitään ei tallennettu; kirjoittamasi tiedot ovat yhä tallella.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keys are stored for this profile: enter the client ID, the client secret and the subscription key.</source>
        <translation>Tälle profiilille ei ole tallennettu avaimia: syötä client ID, client secret ja tilausavain.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save: %1 Nothing was changed, and what you typed is still here.</source>
        <translation>Tallennus epäonnistui: %1 Mitään ei muutettu, ja kirjoittamasi tiedot ovat yhä tallella.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved “%1”. The keys are in the keychain.</source>
        <translation>”%1” tallennettu. Avaimet ovat avainnipussa.</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Open “%1” in the window</source>
        <translation>Avaa ”%1” ikkunassa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove Profile</source>
        <translation>Poista profiili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile “%1”? Its API keys and the webhook secrets stored for it are deleted from this computer&apos;s keychain. The webhooks registered with Vipps MobilePay stay as they are.</source>
        <translation>Poistetaanko profiili ”%1”? Sen API-avaimet ja sille tallennetut webhookien salaisuudet poistetaan tämän tietokoneen avainnipusta. Vipps MobilePayhin rekisteröidyt webhookit säilyvät ennallaan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove “%1”: %2</source>
        <translation>Profiilia ”%1” ei voitu poistaa: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed “%1”.</source>
        <translation>”%1” poistettu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a Postman Environment</source>
        <translation>Tuo Postman-ympäristö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postman environment (*.json);;All files (*)</source>
        <translation>Postman-ympäristö (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not import the Postman environment: %1</source>
        <translation>Postman-ympäristöä ei voitu tuoda: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported from Postman. Check the values, then save.</source>
        <translation>Tuotu Postmanista. Tarkista arvot ja tallenna.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the fields marked above first.</source>
        <translation>Korjaa ensin yllä merkityt kentät.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in sandbox needs no keys; the main window starts it.</source>
        <translation>Sisäinen hiekkalaatikko ei tarvitse avaimia; pääikkuna käynnistää sen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the stored keys from the keychain: %1</source>
        <translation>Tallennettuja avaimia ei voitu lukea avainnipusta: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the client ID, the client secret and the subscription key first.</source>
        <translation>Syötä ensin client ID, client secret ja tilausavain.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Getting an access token from %1...</source>
        <translation>Haetaan käyttöoikeustunnusta osoitteesta %1...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keys work. Token valid until %1.</source>
        <translation>Avaimet toimivat. Käyttöoikeustunnus on voimassa %1 asti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection test failed.</source>
        <translation>Yhteystesti epäonnistui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace id: %1</source>
        <translation>Jäljitystunnus (trace id): %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported profile</source>
        <translation>Tuotu profiili</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gets an access token with the values in the form</source>
        <translation>Hakee käyttöoikeustunnuksen lomakkeen arvoilla</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="qtstrings.cpp" line="+114"/>
        <source>Displays help on commandline options.</source>
        <translation>Näyttää komentorivivalintojen ohjeen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Näyttää ohjeen Qt-kohtaisine valintoineen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Näyttää versiotiedot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation>Käyttö: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Valinnat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumentit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[valinnat]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Tuntematon valinta ”%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Tuntemattomat valinnat: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Arvo puuttuu valinnan ”%1” jälkeen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Odottamaton arvo valinnan ”%1” jälkeen.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-78"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Tiedostot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show </source>
        <translation>Näytä </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>”%1” on kirjoitussuojattu.
Haluatko silti poistaa sen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Haluatko varmasti poistaa kohteen ”%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Sijaintien ja kirjanmerkkien lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Tiedosto&amp;nimi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Tiedostokansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Poisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Uusi kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Yläkansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Uusi kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Oma tietokone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Lähde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Luo uusi kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1-tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Tiedostotyyppi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Etsi kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Näytä piilotiedostot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Kansiota ei löydy.
Varmista oikea kansion nimi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sidebar</source>
        <translation>Sivupalkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listanäkymä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Valitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Kansiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Muuta nimeä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Kansion poistaminen epäonnistui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Kansio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 on jo olemassa.
Korvataanko se?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Eteenpäin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Siirry eteenpäin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Siirry yläkansioon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Viimeaikaiset sijainnit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Siirry takaisin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Vaihda yksityiskohtaiseen näkymään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Uusi kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Pikakuvake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Yksityiskohtainen näkymä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Tiedostoa ei löydy.
Varmista oikea tiedoston nimi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Vaihda listanäkymään</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Oma tietokone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Tietokone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Virheellinen tiedostonimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Nimeä ”%1” ei voi käyttää.&lt;/b&gt;&lt;p&gt;Kokeile jotain muuta nimeä, esim. vähemmän merkkejä tai ei välimerkkejä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date Modified</source>
        <translation>Muutosaika</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-9"/>
        <source>Show Details...</source>
        <translation>Näytä tiedot...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Piilota tiedot...</translation>
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
        <translation>Tallenna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopioi li&amp;nkin osoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
</context>
<context>
    <name>QuickSwitcherDialog</name>
    <message>
        <location filename="../ui/quickswitcherdialog.cpp" line="+27"/>
        <source>Switch Profile</source>
        <translation>Vaihda profiili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiili:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name, an environment or an MSN</source>
        <translation>Kirjoita nimi, ympäristö tai MSN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sandbox</source>
        <translation>Hiekkalaatikko</translation>
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
            <numerusform>Listattiin %n webhook.</numerusform>
            <numerusform>Listattiin %n webhookia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listing failed: %1</source>
        <translation>Listaus epäonnistui: %1</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ui/registerdialog.ui" line="+14"/>
        <source>Register a Webhook</source>
        <translation>Rekisteröi webhook</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Delete It and Register Again</source>
        <translation>&amp;Poista ja rekisteröi uudelleen</translation>
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
        <translation>&amp;Tarkista URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the URL as Vipps MobilePay would (name, TLS, redirects, a signed test POST), before registering it</source>
        <translation>Kutsu URL-osoitetta niin kuin Vipps MobilePay kutsuisi (nimi, TLS, uudelleenohjaukset, allekirjoitettu testi-POST) ennen sen rekisteröintiä</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Events:</source>
        <translation>T&amp;apahtumat:</translation>
    </message>
    <message>
        <location filename="../ui/registerdialog.cpp" line="+147"/>
        <source>Refused.</source>
        <translation>Hylätty.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trace id (support asks for it): %1</source>
        <translation>Jäljitystunnus (trace id, asiakaspalvelu kysyy sitä): %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the https:// address that will receive the events.</source>
        <translation>Anna https://-osoite, joka vastaanottaa tapahtumat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use https://. Vipps MobilePay delivers webhooks over HTTPS only.</source>
        <translation>Käytä https://-osoitetta. Vipps MobilePay toimittaa webhookit vain HTTPS:n kautta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an absolute address that starts with https://, such as https://example.com/webhooks.</source>
        <translation>Anna absoluuttinen osoite, joka alkaa https://, esimerkiksi https://example.com/webhooks.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is this computer: Vipps MobilePay cannot reach it. Use a public address (a tunnel gives you one for tests).</source>
        <translation>%1 on tämä tietokone: Vipps MobilePay ei tavoita sitä. Käytä julkista osoitetta (tunneli antaa sellaisen testausta varten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a private or local address that Vipps MobilePay cannot reach. Use a public host name.</source>
        <translation>%1 on yksityinen tai paikallinen osoite, jota Vipps MobilePay ei tavoita. Käytä julkista isäntänimeä.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is unusual: Vipps MobilePay recommends 443, 80 or 8080, and deliveries to other ports may fail.</source>
        <translation>Portti %1 on epätavallinen: Vipps MobilePay suosittelee portteja 443, 80 tai 8080, ja toimitukset muihin portteihin voivat epäonnistua.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A public HTTPS address. It must answer 2xx, without redirects.</source>
        <translation>Julkinen HTTPS-osoite. Sen on vastattava 2xx ilman uudelleenohjauksia.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Register</source>
        <translation>Rekisteröi</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Registering the webhook. This can take a few seconds...</source>
        <translation>Rekisteröidään webhookia. Tämä voi kestää muutaman sekunnin...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, HTTP %2</source>
        <translation>%1, HTTP %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered, but the secret was not received.</source>
        <translation>Rekisteröity, mutta salaisuutta ei saatu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vipps MobilePay registered this webhook with the id %1, but the answer that carried its secret was lost (%2). The API never shows a secret again, so its deliveries cannot be verified.</source>
        <translation>Vipps MobilePay rekisteröi tämän webhookin tunnuksella %1, mutta vastaus, jossa sen salaisuus oli, katosi (%2). API ei koskaan näytä salaisuutta uudelleen, joten sen toimituksia ei voi varmentaa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete it and register again to get a new secret: the same URL and events, registered once.</source>
        <translation>Poista se ja rekisteröi uudelleen, niin saat uuden salaisuuden: sama URL ja samat tapahtumat rekisteröidään kerran.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Registers with partner keys in %1: the webhook covers every sales unit, present and future.</source>
        <translation>Rekisteröidään kumppaniavaimilla ympäristössä %1: webhook koskee kaikkia nykyisiä ja tulevia myyntipisteitä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registers as PSP %1 for the merchant&apos;s sales unit %2 in %3.</source>
        <translation>Rekisteröidään PSP:nä %1 kauppiaan myyntipisteelle %2 ympäristössä %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registers for sales unit %1 in %2.</source>
        <translation>Rekisteröidään myyntipisteelle %1 ympäristössä %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This webhook will receive live payment events.</source>
        <translation>Tämä webhook vastaanottaa oikeiden maksujen tapahtumia.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+20"/>
        <source>Refused by the API: %1</source>
        <translation>API hylkäsi: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one event.</source>
        <translation>Valitse vähintään yksi tapahtuma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This URL is already registered for %1: each of these events would arrive twice.</source>
        <translation>Tämä URL on jo rekisteröity tapahtumille %1: jokainen näistä tapahtumista saapuisi kahdesti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events selected: %1.</source>
        <translation>Valitut tapahtumat: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The webhooks could not be loaded, so the limits and the events this URL already has were not checked.</source>
        <translation>Webhookeja ei voitu ladata, joten rajoja ja tämän URL-osoitteen jo käyttämiä tapahtumia ei tarkistettu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not selected because the limit is reached: %1.</source>
        <translation>Ei valittu, koska raja on täynnä: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterFlow</name>
    <message>
        <location filename="../ui/registerflow.cpp" line="+82"/>
        <source>Register %1 in PRODUCTION with partner keys, for every sales unit? It receives real payment events.</source>
        <translation>Rekisteröidäänkö %1 TUOTANNOSSA kumppaniavaimilla kaikille myyntipisteille? Se vastaanottaa oikeita maksutapahtumia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register %1 in PRODUCTION for MSN %2? It receives real payment events.</source>
        <translation>Rekisteröidäänkö %1 TUOTANNOSSA MSN:lle %2? Se vastaanottaa oikeita maksutapahtumia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register in production</source>
        <translation>Rekisteröi tuotannossa</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&lt;b&gt;Registered, but the secret was not received:&lt;/b&gt; this registration has no secret anywhere, so its deliveries cannot be verified. Once it is deleted, the same URL and events are registered again, and the new secret is stored and shown.</source>
        <translation>&lt;b&gt;Rekisteröity, mutta salaisuutta ei saatu:&lt;/b&gt; tällä rekisteröinnillä ei ole salaisuutta missään, joten sen toimituksia ei voi varmentaa. Kun se on poistettu, sama URL ja samat tapahtumat rekisteröidään uudelleen, ja uusi salaisuus tallennetaan ja näytetään.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting the registration whose secret was lost…</source>
        <translation>Poistetaan rekisteröintiä, jonka salaisuus katosi…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting it failed (%1). Nothing was registered again.</source>
        <translation>Poisto epäonnistui (%1). Mitään ei rekisteröity uudelleen.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../ui/replacedialog.ui" line="+14"/>
        <source>Replace Webhook</source>
        <translation>Korvaa webhook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The API cannot change a registration. This registers the new URL for the events below and stores its secret on this computer. The old registration stays, and keeps receiving events, until you delete it.</source>
        <translation>API ei voi muuttaa rekisteröintiä. Tämä rekisteröi uuden URL-osoitteen alla oleville tapahtumille ja tallentaa sen salaisuuden tälle tietokoneelle. Vanha rekisteröinti säilyy ja vastaanottaa edelleen tapahtumia, kunnes poistat sen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New &amp;URL:</source>
        <translation>Uusi &amp;URL:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>https://example.com/vipps/webhooks</source>
        <translation>https://example.com/vipps/webhooks</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Events:</source>
        <translation>&amp;Tapahtumat:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Registering the new webhook. This can take a few seconds…</source>
        <translation>Rekisteröidään uutta webhookia. Tämä voi kestää muutaman sekunnin…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Send a &amp;Test Delivery…</source>
        <translation>&amp;Lähetä testitoimitus…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete the Old Registration…</source>
        <translation>&amp;Poista vanha rekisteröinti…</translation>
    </message>
    <message>
        <location filename="../ui/replacedialog.cpp" line="+22"/>
        <source>Replacing %1
Id %2</source>
        <translation>Korvataan %1
Tunnus %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register Replacement</source>
        <translation>Rekisteröi korvaava</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Step 1 of 2: register the replacement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vaihe 1/2: rekisteröi korvaava webhook&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Refused by the API: %1</source>
        <translation>API hylkäsi: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same URL as the old registration: the replacement gets a new secret, and each event arrives twice until the old one is deleted.</source>
        <translation>Sama URL kuin vanhassa rekisteröinnissä: korvaava saa uuden salaisuuden, ja jokainen tapahtuma saapuu kahdesti, kunnes vanha poistetaan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one event.</source>
        <translation>Valitse vähintään yksi tapahtuma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events selected: %1 (the old registration had %2).</source>
        <translation>Valitut tapahtumat: %1 (vanhassa rekisteröinnissä oli %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At their limit while the old registration exists, so left out: %1. Delete the old registration first to keep them.</source>
        <translation>Jätetty pois, koska raja on täynnä niin kauan kuin vanha rekisteröinti on olemassa: %1. Poista ensin vanha rekisteröinti, jos haluat säilyttää ne.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep Both for Now</source>
        <translation>Säilytä &amp;molemmat toistaiseksi</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Refused.</source>
        <translation>Hylätty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trace id (support asks for it): %1</source>
        <translation>Jäljitystunnus (trace id, asiakaspalvelu kysyy sitä): %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace Webhook — Next Steps</source>
        <translation>Korvaa webhook – seuraavat vaiheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Step 2 of 2: the new webhook is registered&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vaihe 2/2: uusi webhook on rekisteröity&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old %1
Id %2</source>
        <translation>Vanha %1
Tunnus %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New %1
Id %2</source>
        <translation>Uusi %1
Tunnus %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its secret is kept in memory for this sandbox session (no keychain is available).</source>
        <translation>Sen salaisuus säilytetään muistissa tämän hiekkalaatikkoistunnon ajan (avainnippua ei ole käytettävissä).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its secret is stored in this computer&apos;s keychain.</source>
        <translation>Sen salaisuus on tallennettu tämän tietokoneen avainnippuun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its secret could not be stored on this computer: copy it from the secret dialog now.</source>
        <translation>Sen salaisuutta ei voitu tallentaa tälle tietokoneelle: kopioi se nyt salaisuusikkunasta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before you delete the old registration:&lt;ol&gt;&lt;li&gt;Give your receiver the new secret.&lt;/li&gt;&lt;li&gt;Check that deliveries reach the new URL.&lt;/li&gt;&lt;li&gt;Then delete the old registration.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;Until then, the old endpoint must keep answering 2xx.&lt;/b&gt; Vipps MobilePay may treat a failing endpoint as an incident, and it sends each event to both registrations meanwhile.</source>
        <translation>Ennen kuin poistat vanhan rekisteröinnin:&lt;ol&gt;&lt;li&gt;Anna vastaanottajallesi uusi salaisuus.&lt;/li&gt;&lt;li&gt;Tarkista, että toimitukset saapuvat uuteen URL-osoitteeseen.&lt;/li&gt;&lt;li&gt;Poista sitten vanha rekisteröinti.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;Siihen asti vanhan päätepisteen on vastattava edelleen 2xx.&lt;/b&gt; Vipps MobilePay voi käsitellä epäonnistuvaa päätepistettä häiriönä, ja se lähettää sillä välin jokaisen tapahtuman molempiin rekisteröinteihin.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Done: the webhook is replaced&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valmis: webhook on korvattu&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old registration (%1) is deleted. Its endpoint no longer gets deliveries from Vipps MobilePay.</source>
        <translation>Vanha rekisteröinti (%1) on poistettu. Sen päätepiste ei enää saa toimituksia Vipps MobilePaylta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The old registration was not deleted: %1</source>
        <translation>Vanhaa rekisteröintiä ei poistettu: %1</translation>
    </message>
</context>
<context>
    <name>ReplaceFlow</name>
    <message>
        <location filename="../ui/replaceflow.cpp" line="+107"/>
        <source>replaces %1</source>
        <translation>korvaa kohteen %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Replacing:&lt;/b&gt; delete the old registration only once your receiver has the new secret and deliveries reach the new URL. Until it is deleted, the old endpoint must keep answering 2xx: Vipps MobilePay may treat a failing endpoint as an incident.</source>
        <translation>&lt;b&gt;Korvataan:&lt;/b&gt; poista vanha rekisteröinti vasta, kun vastaanottajallasi on uusi salaisuus ja toimitukset saapuvat uuteen URL-osoitteeseen. Kunnes se on poistettu, vanhan päätepisteen on vastattava edelleen 2xx: Vipps MobilePay voi käsitellä epäonnistuvaa päätepistettä häiriönä.</translation>
    </message>
</context>
<context>
    <name>RetrySchedule</name>
    <message>
        <location filename="../app/core/retryschedule.cpp" line="+50"/>
        <source>If this endpoint fails (an answer other than 2xx, or none within about 10 seconds), Vipps MobilePay tries each delivery again: about every 2 seconds for the first four attempts, then after 1 and 2 minutes, then hourly through attempt %1, then daily, for %2 days. Deliveries go in order: a failing event blocks the later events of the same payment until it is delivered or given up.</source>
        <translation>Jos tämä päätepiste epäonnistuu (muu vastaus kuin 2xx tai ei vastausta noin 10 sekunnissa), Vipps MobilePay yrittää jokaista toimitusta uudelleen: noin 2 sekunnin välein neljä ensimmäistä yritystä, sitten 1 ja 2 minuutin kuluttua, sitten tunnin välein yritykseen %1 asti, sitten päivittäin, %2 päivän ajan. Toimitukset tehdään järjestyksessä: epäonnistuva tapahtuma estää saman maksun myöhemmät tapahtumat, kunnes se on toimitettu tai siitä on luovuttu.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>If it started failing now (%1): hourly attempts from %2, the last hourly one at %3, the last attempt at %4 (%n attempts in all).</source>
        <translation>
            <numerusform>Jos se alkaisi epäonnistua nyt (%1): yritykset tunnin välein alkaen %2, viimeinen tunnin välein tehtävä yritys %3, viimeinen yritys %4 (%n yritys kaikkiaan).</numerusform>
            <numerusform>Jos se alkaisi epäonnistua nyt (%1): yritykset tunnin välein alkaen %2, viimeinen tunnin välein tehtävä yritys %3, viimeinen yritys %4 (%n yritystä kaikkiaan).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unresponsive for %1 days, the registration is removed, without notice: on %2. Refresh the list to notice.</source>
        <translation>Kun päätepiste ei ole vastannut %1 päivään, rekisteröinti poistetaan ilman ilmoitusta: %2. Päivitä luettelo huomataksesi sen.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <location filename="../ui/revealaction.cpp" line="+73"/>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide (Ctrl+H)</source>
        <translation>Piilota (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show (Ctrl+H)</source>
        <translation>Näytä (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <location filename="../app/sandbox/sandboxserver.cpp" line="+107"/>
        <source>The sandbox is already running.</source>
        <translation>Hiekkalaatikko on jo käynnissä.</translation>
    </message>
</context>
<context>
    <name>SandboxState</name>
    <message>
        <location filename="../app/sandbox/sandboxstate.cpp" line="+235"/>
        <source>The file is not a sandbox state file.</source>
        <translation>Tiedosto ei ole hiekkalaatikon tilatiedosto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox state file has a version this program cannot read.</source>
        <translation>Hiekkalaatikon tilatiedoston versio on sellainen, jota tämä ohjelma ei osaa lukea.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox state file names an invalid sales unit &quot;%1&quot;.</source>
        <translation>Hiekkalaatikon tilatiedostossa on virheellinen myyntipiste ”%1”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sandbox state file has an invalid registration.</source>
        <translation>Hiekkalaatikon tilatiedostossa on virheellinen rekisteröinti.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save the sandbox state to %1: %2</source>
        <translation>Hiekkalaatikon tilaa ei voitu tallentaa tiedostoon %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the sandbox state from %1: %2</source>
        <translation>Hiekkalaatikon tilaa ei voitu lukea tiedostosta %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox state file %1 is too large.</source>
        <translation>Hiekkalaatikon tilatiedosto %1 on liian suuri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sandbox state file %1 is not valid JSON.</source>
        <translation>Hiekkalaatikon tilatiedosto %1 ei ole kelvollista JSONia.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/secretdialog.ui" line="+14"/>
        <source>Save this secret</source>
        <translation>Tallenna tämä salaisuus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Save this secret now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tallenna tämä salaisuus nyt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your webhook receiver needs this secret to verify that deliveries come from Vipps MobilePay. It is shown only once: the API never returns it again. If it is lost, the only remedy is a new registration.</source>
        <translation>Webhookin vastaanottajasi tarvitsee tämän salaisuuden varmentaakseen, että toimitukset tulevat Vipps MobilePaylta. Se näytetään vain kerran: API ei koskaan palauta sitä uudelleen. Jos se katoaa, ainoa ratkaisu on uusi rekisteröinti.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Webhook secret</source>
        <translation>Webhookin salaisuus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the secret; the clipboard is cleared again after 30 seconds</source>
        <translation>Kopioi salaisuus; leikepöytä tyhjennetään taas 30 sekunnin kuluttua</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;I have saved this secret</source>
        <translation>&amp;Olen tallentanut tämän salaisuuden</translation>
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
        <translation>Hiekkalaatikko: avainnippua ei ole käytettävissä, joten salaisuus säilytetään muistissa vain tämän istunnon ajan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox: a copy is stored in this computer&apos;s keychain, and the sandbox keeps this registration for the next time.</source>
        <translation>Hiekkalaatikko: kopio on tallennettu tämän tietokoneen avainnippuun, ja hiekkalaatikko säilyttää tämän rekisteröinnin seuraavaa kertaa varten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is stored in this computer&apos;s keychain for profile “%1”. Keep it where your webhook receiver can use it, too.</source>
        <translation>Kopio on tallennettu tämän tietokoneen avainnippuun profiilille ”%1”. Säilytä se myös paikassa, jossa webhookin vastaanottajasi voi käyttää sitä.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The secret could not be stored in the keychain.&lt;/b&gt; Copy it now and keep it in your password manager or your receiver&apos;s configuration: it cannot be shown again.</source>
        <translation>&lt;b&gt;Salaisuutta ei voitu tallentaa avainnippuun.&lt;/b&gt; Kopioi se nyt ja säilytä se salasanojen hallinnassa tai vastaanottajasi asetuksissa: sitä ei voi näyttää uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain: %1</source>
        <translation>Avainnippu: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copied</source>
        <translation>Kopioitu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the secret first: it is not stored anywhere else</source>
        <translation>Kopioi ensin salaisuus: sitä ei ole tallennettu mihinkään muualle</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../ui/secretfile.cpp" line="+15"/>
        <source>Could not write %1: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <location filename="../ui/sendtestdialog.ui" line="+14"/>
        <source>Send Test Delivery (Simulated)</source>
        <translation>Lähetä testitoimitus (simuloitu)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Event:</source>
        <translation>&amp;Tapahtuma:</translation>
    </message>
    <message>
        <location line="+71"/>
        <location filename="../ui/sendtestdialog.cpp" line="+178"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Vastaus:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>W&amp;hat was sent (paste it into Verify delivery to check a receiver&apos;s view):</source>
        <translation>Lähetetty &amp;sisältö (liitä se Varmenna toimitus -ikkunaan, niin näet vastaanottajan näkymän):</translation>
    </message>
    <message>
        <location filename="../ui/sendtestdialog.cpp" line="-131"/>
        <location line="+160"/>
        <source>&amp;Send</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+193"/>
        <source>S&amp;top</source>
        <translation>&amp;Pysäytä</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>E&amp;nter Secret…</source>
        <translation>S&amp;yötä salaisuus…</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sending a simulated delivery of %1 to %2…</source>
        <translation>Lähetetään simuloitua toimitusta (%1) osoitteeseen %2…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. The receiver may have got the simulated delivery anyway.</source>
        <translation>Pysäytetty. Vastaanottaja on voinut saada simuloidun toimituksen silti.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Simulated delivery failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Simuloitu toimitus epäonnistui:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have reached the receiver.</source>
        <translation>Se on voinut saapua vastaanottajalle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: %1</source>
        <translation>Mitään ei lähetetty: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Simulated delivery: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Simuloitu toimitus: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receiver redirected the delivery; Vipps MobilePay does not follow redirects.</source>
        <translation>Vastaanottaja uudelleenohjasi toimituksen; Vipps MobilePay ei seuraa uudelleenohjauksia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vipps MobilePay would count this delivery as failed and retry it.</source>
        <translation>Vipps MobilePay katsoisi tämän toimituksen epäonnistuneeksi ja yrittäisi uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiver accepted it.</source>
        <translation>Vastaanottaja hyväksyi sen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… (only the start is shown)</source>
        <translation>… (vain alku näytetään)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer (%1):</source>
        <translation>&amp;Vastaus (%1):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent yet.</source>
        <translation>Ei vielä lähetetty.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send Again</source>
        <translation>&amp;Lähetä uudelleen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the secret stored on this machine for this webhook.</source>
        <translation>Allekirjoitettu tälle koneelle tälle webhookille tallennetulla salaisuudella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed. Enter the secret (if you kept it when the webhook was registered), or replace the webhook to get a new one.</source>
        <translation>Tämän webhookin salaisuutta ei ole tallennettu tälle koneelle, joten toimitusta ei voi allekirjoittaa. Syötä salaisuus (jos säilytit sen webhookin rekisteröinnin yhteydessä) tai korvaa webhook, niin saat uuden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret of this webhook is stored on this machine, so the delivery cannot be signed. This version cannot take a secret for an existing webhook yet: replace the webhook (register its URL again, then delete the old one) to get a secret stored here.</source>
        <translation>Tämän webhookin salaisuutta ei ole tallennettu tälle koneelle, joten toimitusta ei voi allekirjoittaa. Tämä versio ei vielä voi vastaanottaa salaisuutta olemassa olevalle webhookille: korvaa webhook (rekisteröi sen URL uudelleen ja poista sitten vanha), niin salaisuus tallennetaan tänne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sends a &lt;b&gt;simulated&lt;/b&gt; delivery, not one from Vipps MobilePay: a sample payload for the event, signed with the webhook&apos;s secret exactly as Vipps MobilePay signs deliveries, marked with the header &lt;tt&gt;X-Webhook-Console-Test: true&lt;/tt&gt; and &lt;tt&gt;&quot;simulated&quot;: true&lt;/tt&gt; in the body.</source>
        <translation>Lähettää &lt;b&gt;simuloidun&lt;/b&gt; toimituksen, ei Vipps MobilePayn toimitusta: tapahtuman esimerkkisisällön, joka on allekirjoitettu webhookin salaisuudella täsmälleen niin kuin Vipps MobilePay allekirjoittaa toimitukset ja merkitty otsakkeella &lt;tt&gt;X-Webhook-Console-Test: true&lt;/tt&gt; sekä rungossa kentällä &lt;tt&gt;&quot;simulated&quot;: true&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Id: %2</source>
        <translation>%1
Tunnus: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ This goes to a production receiver. Make sure it ignores deliveries marked as simulated.</source>
        <translation>⚠ Tämä menee tuotannon vastaanottajalle. Varmista, että se ohittaa simuloiduiksi merkityt toimitukset.</translation>
    </message>
</context>
<context>
    <name>SimulateEventDialog</name>
    <message>
        <location filename="../ui/simulateeventdialog.ui" line="+14"/>
        <source>Simulate Event (Sandbox)</source>
        <translation>Simuloi tapahtuma (hiekkalaatikko)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox delivers as Vipps MobilePay does: one simulated event, POSTed to every sandbox registration of this sales unit that has the event type, each signed with its own secret and marked X-Webhook-Console-Test: true.</source>
        <translation>Hiekkalaatikko toimittaa kuten Vipps MobilePay: yhden simuloidun tapahtuman POST-pyyntönä jokaiseen tämän myyntipisteen hiekkalaatikkorekisteröintiin, jolla on kyseinen tapahtumatyyppi, kunkin allekirjoitettuna omalla salaisuudellaan ja merkittynä X-Webhook-Console-Test: true.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Event:</source>
        <translation>&amp;Tapahtuma:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Registration URL</source>
        <translation>Rekisteröity URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../ui/simulateeventdialog.cpp" line="+28"/>
        <location line="+172"/>
        <source>&amp;Simulate</source>
        <translation>&amp;Simuloi</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>%1 (no registration)</source>
        <translation>%1 (ei rekisteröintejä)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (1 registration)</source>
        <translation>%1 (1 rekisteröinti)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n registrations)</source>
        <translation>
            <numerusform>%1 (%n rekisteröinti)</numerusform>
            <numerusform>%1 (%n rekisteröintiä)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Simulated events exist only in the Sandbox environment.</source>
        <translation>Simuloituja tapahtumia on vain Hiekkalaatikko-ympäristössä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sandbox registration has this event: register a webhook for it first, or choose another.</source>
        <translation>Millään hiekkalaatikon rekisteröinnillä ei ole tätä tapahtumaa: rekisteröi ensin webhook sille tai valitse toinen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes to %1.</source>
        <translation>Kohde: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Id: %2</source>
        <translation>%1
Tunnus: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulating %1…</source>
        <translation>Simuloidaan: %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped</source>
        <translation>Pysäytetty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Deliveries already sent may have arrived.</source>
        <translation>Pysäytetty. Jo lähetetyt toimitukset ovat voineet saapua perille.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed: %1</source>
        <translation>Epäonnistui: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No sandbox registration has this event: nothing was sent.</source>
        <translation>Millään hiekkalaatikon rekisteröinnillä ei ole tätä tapahtumaa: mitään ei lähetetty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated: %1 of %2 answered 2xx.</source>
        <translation>Simuloitu: %1/%2 vastasi 2xx.</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <location filename="../app/storage/statestore.cpp" line="+130"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; on Debian it is the package libqt6sql6-sqlite.</source>
        <translation>Qt:n SQLite-ajuria (QSQLITE) ei ole asennettu; Debianissa se on paketti libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The folder of the local state file “%1” could not be created.</source>
        <translation>Paikallisen tilatiedoston ”%1” kansiota ei voitu luoda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The local state file “%1” could not be opened: %2</source>
        <translation>Paikallista tilatiedostoa ”%1” ei voitu avata: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is damaged (%1)</source>
        <translation>se on vioittunut (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer version of this program (schema %1; this version knows up to %2)</source>
        <translation>sen on kirjoittanut tämän ohjelman uudempi versio (skeema %1; tämä versio tuntee enintään version %2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The local state file “%1” could not be read (%2). It was moved aside to “%3” and a new one was started. The secrets in the keychain are untouched, but webhooks registered before may no longer show that their secret is on this computer.</source>
        <translation>Paikallista tilatiedostoa ”%1” ei voitu lukea (%2). Se siirrettiin sivuun nimelle ”%3”, ja uusi tiedosto aloitettiin. Avainnipun salaisuuksiin ei koskettu, mutta aiemmin rekisteröidyt webhookit eivät ehkä enää näytä, että niiden salaisuus on tällä tietokoneella.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The local state file “%1” could not be used: %2</source>
        <translation>Paikallista tilatiedostoa ”%1” ei voitu käyttää: %2</translation>
    </message>
</context>
<context>
    <name>StatusBarInfo</name>
    <message>
        <location filename="../ui/statusbarinfo.cpp" line="+43"/>
        <source>The access token is kept in memory only and renewed when needed</source>
        <translation>Käyttöoikeustunnus säilytetään vain muistissa ja uusitaan tarvittaessa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No profile open</source>
        <translation>Ei avointa profiilia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token valid until %1</source>
        <translation>Käyttöoikeustunnus voimassa %1 asti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No token yet</source>
        <translation>Ei vielä käyttöoikeustunnusta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshed at %1</source>
        <translation>Päivitetty %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not loaded yet</source>
        <translation>Ei vielä ladattu</translation>
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
            <numerusform>%n webhookia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of 1 webhook shown</source>
        <translation>%1/1 webhook näkyvissä</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n webhooks shown</source>
        <translation>
            <numerusform>%1/%n webhook näkyvissä</numerusform>
            <numerusform>%1/%n webhookista näkyvissä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDeliverySender</name>
    <message>
        <location filename="../app/delivery/testdeliverysender.cpp" line="+44"/>
        <source>%1 (a redirect to %2, not followed) in %3</source>
        <translation>%1 (uudelleenohjaus: %2, ei seurattu) ajassa %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nowhere</source>
        <translation>ei kohdetta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 ajassa %2</translation>
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
        <translation>URL ei ole kelvollinen absoluuttinen URL, jossa on isäntänimi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password.</source>
        <translation>URL-osoitteessa ei saa olla käyttäjänimeä eikä salasanaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not have a #fragment.</source>
        <translation>URL-osoitteessa ei saa olla #fragment-osaa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliveries go to https URLs only (plain http only to this computer, for the sandbox).</source>
        <translation>Toimitukset menevät vain https-URL-osoitteisiin (pelkkä http vain tälle tietokoneelle, hiekkalaatikkoa varten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https://.</source>
        <translation>URL-osoitteen on alettava https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+117"/>
        <source>Sending a test delivery</source>
        <translation>Testitoimituksen lähetys</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>A secret is needed to sign the delivery.</source>
        <translation>Toimituksen allekirjoittamiseen tarvitaan salaisuus.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No answer within %1; Vipps MobilePay would count this delivery as failed and retry it.</source>
        <translation>Ei vastausta %1 kuluessa; Vipps MobilePay katsoisi tämän toimituksen epäonnistuneeksi ja yrittäisi uudelleen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection closed before the receiver answered; the delivery was not sent again.</source>
        <translation>Yhteys katkesi ennen kuin vastaanottaja vastasi; toimitusta ei lähetetty uudelleen.</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <location filename="../app/delivery/tlsprobe.cpp" line="+30"/>
        <source>an older or unknown protocol</source>
        <translation>vanhempi tai tuntematon protokolla</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No TLS handshake within %1.</source>
        <translation>TLS-kättely ei valmistunut %1 kuluessa.</translation>
    </message>
</context>
<context>
    <name>UrlPreflight</name>
    <message>
        <location filename="../app/delivery/urlpreflight.cpp" line="+90"/>
        <source>Not checked: the URL is not valid.</source>
        <translation>Ei tarkistettu: URL ei ole kelvollinen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+17"/>
        <source>Not checked: Vipps MobilePay could not reach this address.</source>
        <translation>Ei tarkistettu: Vipps MobilePay ei tavoittaisi tätä osoitetta.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Not checked: Vipps MobilePay delivers to https URLs only.</source>
        <translation>Ei tarkistettu: Vipps MobilePay toimittaa vain https-URL-osoitteisiin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no answer within %1.</source>
        <translation>ei vastausta %1 kuluessa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent: no test POST was asked for.</source>
        <translation>Ei lähetetty: testi-POSTia ei pyydetty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked: the TLS check failed.</source>
        <translation>Ei tarkistettu: TLS-tarkistus epäonnistui.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/core/validation.cpp" line="+76"/>
        <source>The base URL must be an absolute URL such as https://api.example.com.</source>
        <translation>Perus-URL:n on oltava absoluuttinen URL, kuten https://api.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Perus-URL:ssä ei saa olla käyttäjänimeä eikä salasanaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query or a fragment.</source>
        <translation>Perus-URL:ssä ei saa olla kyselyä eikä fragmenttia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plain http is allowed only for this computer (127.0.0.1, ::1, localhost); use https.</source>
        <translation>Pelkkä http on sallittu vain tälle tietokoneelle (127.0.0.1, ::1, localhost); käytä https:ää.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with https://.</source>
        <translation>Perus-URL:n on alettava https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the URL that should receive the webhook deliveries.</source>
        <translation>Anna URL, jonka pitää vastaanottaa webhook-toimitukset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL is longer than 2048 characters.</source>
        <translation>URL on pidempi kuin 2048 merkkiä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain spaces or control characters.</source>
        <translation>URL-osoitteessa ei saa olla välilyöntejä eikä ohjausmerkkejä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL is not a valid absolute URL.</source>
        <translation>URL ei ole kelvollinen absoluuttinen URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https://.</source>
        <translation>URL-osoitteen on alettava https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL has no host name.</source>
        <translation>URL-osoitteessa ei ole isäntänimeä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password.</source>
        <translation>URL-osoitteessa ei saa olla käyttäjänimeä eikä salasanaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not have a #fragment.</source>
        <translation>URL-osoitteessa ei saa olla #fragment-osaa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Merchant Serial Number is 4 to 7 digits (leave it empty for partner keys).</source>
        <translation>Merchant Serial Number (MSN) on 4–7 numeroa (jätä se tyhjäksi kumppaniavaimille).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PSP id is 1 to 64 letters, digits, “-”, “_” or “.”.</source>
        <translation>PSP-tunnus on 1–64 kirjainta, numeroa, ”-”, ”_” tai ”.”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most 30 characters.</source>
        <translation>Enintään 30 merkkiä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control characters (such as line breaks) are not allowed.</source>
        <translation>Ohjausmerkit (kuten rivinvaihdot) eivät ole sallittuja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only plain ASCII characters are allowed in HTTP headers.</source>
        <translation>HTTP-otsakkeissa sallitaan vain tavalliset ASCII-merkit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose at least one event.</source>
        <translation>Valitse vähintään yksi tapahtuma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an event type.</source>
        <translation>”%1” ei ole tapahtumatyyppi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many events in one registration.</source>
        <translation>Liian monta tapahtumaa yhdessä rekisteröinnissä.</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../ui/vaultactions.cpp" line="+28"/>
        <source>Replacement registered. Delete the old registration when deliveries reach the new URL.</source>
        <translation>Korvaava rekisteröity. Poista vanha rekisteröinti, kun toimitukset saapuvat uuteen URL-osoitteeseen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The old registration is deleted: the webhook is replaced.</source>
        <translation>Vanha rekisteröinti on poistettu: webhook on korvattu.</translation>
    </message>
</context>
<context>
    <name>VerifyDeliveryDialog</name>
    <message>
        <location filename="../ui/verifydeliverydialog.ui" line="+14"/>
        <source>Verify Delivery</source>
        <translation>Varmenna toimitus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste a delivery exactly as your endpoint received it and choose the secret. The check runs on this computer: nothing is sent anywhere.</source>
        <translation>Liitä toimitus täsmälleen sellaisena kuin päätepisteesi vastaanotti sen, ja valitse salaisuus. Tarkistus tehdään tällä tietokoneella: mitään ei lähetetä minnekään.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Webhook and secret</source>
        <translation>Webhook ja salaisuus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Secret:</source>
        <translation>Salaisuus:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The one &amp;stored on this machine for this webhook</source>
        <translation>Tälle koneelle tälle webhookille &amp;tallennettu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Typed:</source>
        <translation>&amp;Kirjoitettu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The webhook&apos;s secret, as returned at registration</source>
        <translation>Webhookin salaisuus sellaisena kuin se palautettiin rekisteröinnissä</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;ny stored secret: find the registration that signed it</source>
        <translation>Kaikki tallennetut salaisuudet: etsi a&amp;llekirjoittaja</translation>
    </message>
    <message>
        <location filename="../ui/verifydeliverydialog.cpp" line="+27"/>
        <location line="+340"/>
        <source>&amp;Verify</source>
        <translation>&amp;Varmenna</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Headers present</source>
        <translation>Otsakkeet mukana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization header</source>
        <translation>Authorization-otsake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body hash</source>
        <translation>Rungon tiiviste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None: no registered URL to compare, the secret typed</source>
        <translation>Ei mitään: ei verrattavaa rekisteröityä URL-osoitetta, salaisuus kirjoitetaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (secret stored)</source>
        <translation>%1 (salaisuus tallennettu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id: %1
Events: %2</source>
        <translation>Tunnus: %1
Tapahtumat: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+12"/>
        <source>Cannot verify yet</source>
        <translation>Ei voi vielä varmentaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the webhook&apos;s secret, or choose a webhook whose secret is stored on this machine.</source>
        <translation>Kirjoita webhookin salaisuus tai valitse webhook, jonka salaisuus on tallennettu tälle koneelle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the secret…</source>
        <translation>Luetaan salaisuutta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>From the keychain of this computer.</source>
        <translation>Tämän tietokoneen avainnipusta.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No stored secret</source>
        <translation>Ei tallennettua salaisuutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret of this webhook is stored on this machine: type it.</source>
        <translation>Tämän webhookin salaisuutta ei ole tallennettu tälle koneelle: kirjoita se.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret could not be read</source>
        <translation>Salaisuutta ei voitu lukea</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The text ended with a line break that is not part of the signed body (copying usually adds one): it was left out.</source>
        <translation>Teksti päättyi rivinvaihtoon, joka ei kuulu allekirjoitettuun runkoon (kopiointi yleensä lisää sellaisen): se jätettiin pois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request&apos;s own Host and path were taken as the registered URL: choose the webhook to compare them with the URL it was registered with.</source>
        <translation>Pyynnön omaa Host-otsaketta ja polkua käytettiin rekisteröitynä URL-osoitteena: valitse webhook, niin niitä verrataan URL-osoitteeseen, jolla se rekisteröitiin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhook-Id: %1 (this delivery&apos;s id, not the registration&apos;s)</source>
        <translation>Webhook-Id: %1 (tämän toimituksen tunnus, ei rekisteröinnin)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trying every stored secret…</source>
        <translation>Kokeillaan jokaista tallennettua salaisuutta…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Signed with this secret and unchanged since: this delivery is genuine.</source>
        <translation>Allekirjoitettu tällä salaisuudella eikä muutettu sen jälkeen: tämä toimitus on aito.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Failed step: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Epäonnistunut vaihe: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+49"/>
        <source>VALID</source>
        <translation>KELVOLLINEN</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>NOT VALID</source>
        <translation>EI KELVOLLINEN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Verify says whether the delivery is genuine and, if it is not, which step failed.</source>
        <translation>Varmennus kertoo, onko toimitus aito, ja jos ei ole, mikä vaihe epäonnistui.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The delivery&apos;s host, path and query are compared with the registered URL %1.</source>
        <translation>Toimituksen isäntää, polkua ja kyselyä verrataan rekisteröityyn URL-osoitteeseen %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No webhook chosen: the delivery&apos;s own URL (in a raw request, its Host header and path) stands for the registered URL.</source>
        <translation>Webhookia ei valittu: toimituksen oma URL (raakapyynnössä sen Host-otsake ja polku) edustaa rekisteröityä URL-osoitetta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a webhook to use the secret stored for it, or type the secret.</source>
        <translation>Valitse webhook käyttääksesi sille tallennettua salaisuutta tai kirjoita salaisuus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret of this webhook is stored on this machine: type it. If it is lost, replace the webhook (register its URL again, then delete the old one).</source>
        <translation>Tämän webhookin salaisuutta ei ole tallennettu tälle koneelle: kirjoita se. Jos se on kadonnut, korvaa webhook (rekisteröi sen URL uudelleen ja poista sitten vanha).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox keeps this secret in memory for this session; it is not shown.</source>
        <translation>Hiekkalaatikko säilyttää tämän salaisuuden muistissa tämän istunnon ajan; sitä ei näytetä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from the keychain when you verify; it is not shown.</source>
        <translation>Luetaan avainnipusta varmennettaessa; sitä ei näytetä.</translation>
    </message>
</context>
<context>
    <name>WatchActions</name>
    <message>
        <location filename="../ui/watchactions.cpp" line="+19"/>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate Removal by Vipps MobilePay</source>
        <translation>Simuloi Vipps MobilePayn tekemä poisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;Automatically</source>
        <translation>Päivitä &amp;automaattisesti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change made on this machine, and what vanished (%1)</source>
        <translation>Jokainen tällä koneella tehty muutos ja se, mikä katosi (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Off</source>
        <translation>&amp;Pois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;5 minutes</source>
        <translation>&amp;5 minuutin välein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;15 minutes</source>
        <translation>&amp;15 minuutin välein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;hour</source>
        <translation>&amp;Tunnin välein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sandbox: remove the selected registrations silently, as Vipps MobilePay removes endpoints that failed for two weeks; the next refresh notices</source>
        <translation>Hiekkalaatikko: poista valitut rekisteröinnit hiljaa, kuten Vipps MobilePay poistaa päätepisteet, jotka ovat epäonnistuneet kaksi viikkoa; seuraava päivitys huomaa sen</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n webhook registration(s) vanished</source>
        <translation>
            <numerusform>%n webhook-rekisteröinti katosi</numerusform>
            <numerusform>%n webhook-rekisteröintiä katosi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed outside Webhook Console (%1, %2): %3</source>
        <translation>Poistettu Webhook Consolen ulkopuolella (%1, %2): %3</translation>
    </message>
</context>
<context>
    <name>WebhookDetailsDialog</name>
    <message>
        <location filename="../ui/webhookdetailsdialog.ui" line="+14"/>
        <source>Webhook details</source>
        <translation>Webhookin tiedot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Id:</source>
        <translation>Tunnus:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Secret:</source>
        <translation>Salaisuus:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Webhook secret</source>
        <translation>Webhookin salaisuus</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/webhookdetailsdialog.cpp" line="+119"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport Secret…</source>
        <translation>&amp;Vie salaisuus…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;move Stored Secret…</source>
        <translation>&amp;Poista tallennettu salaisuus…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Enter Secret…</source>
        <translation>&amp;Syötä salaisuus…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Events:</source>
        <translation>Tapahtumat:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event type</source>
        <translation>Tapahtumatyyppi</translation>
    </message>
    <message>
        <location filename="../ui/webhookdetailsdialog.cpp" line="-94"/>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in this version&apos;s catalogue)</source>
        <translation>(ei tämän version luettelossa)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Events (%n):</source>
        <translation>
            <numerusform>Tapahtumat (%n):</numerusform>
            <numerusform>Tapahtumat (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Test Delivery…</source>
        <translation>Lähetä &amp;testitoimitus…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a simulated delivery, signed with the stored secret, to this webhook&apos;s URL</source>
        <translation>Lähetä tämän webhookin URL-osoitteeseen simuloitu toimitus, joka on allekirjoitettu tallennetulla salaisuudella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;place…</source>
        <translation>K&amp;orvaa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new webhook in place of this one and delete this one when you are ready (the API cannot change a registration)</source>
        <translation>Rekisteröi uusi webhook tämän tilalle ja poista tämä, kun olet valmis (API ei voi muuttaa rekisteröintiä)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the stored secret in this dialog</source>
        <translation>Näytä tallennettu salaisuus tässä ikkunassa</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copy the stored secret; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Kopioi tallennettu salaisuus; leikepöytä tyhjennetään %n sekunnin kuluttua</numerusform>
            <numerusform>Kopioi tallennettu salaisuus; leikepöytä tyhjennetään %n sekunnin kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the secret to a file, in clear text</source>
        <translation>Kirjoita salaisuus tiedostoon selväkielisenä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the secret from this computer&apos;s keychain; the webhook stays registered</source>
        <translation>Poista salaisuus tämän tietokoneen avainnipusta; webhook pysyy rekisteröitynä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the secret of a webhook registered elsewhere, so its deliveries can be verified here</source>
        <translation>Tallenna muualla rekisteröidyn webhookin salaisuus, jotta sen toimitukset voidaan varmentaa täällä</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kept in memory for this sandbox session (no keychain is available).</source>
        <translation>Säilytetään muistissa tämän hiekkalaatikkoistunnon ajan (avainnippua ei ole käytettävissä).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in this computer&apos;s keychain.</source>
        <translation>Tallennettu tämän tietokoneen avainnippuun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored on this machine. The API returns a secret only once, at registration: if you have it, enter it; otherwise replace the webhook to get a new secret.</source>
        <translation>Ei tallennettu tälle koneelle. API palauttaa salaisuuden vain kerran, rekisteröinnissä: jos sinulla on se, syötä se; muuten korvaa webhook, niin saat uuden salaisuuden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This webhook is no longer in the list.</source>
        <translation>Tämä webhook ei ole enää luettelossa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hide</source>
        <translation>P&amp;iilota</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the secret from the keychain…</source>
        <translation>Luetaan salaisuutta avainnipusta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain did not give the secret: %1</source>
        <translation>Avainnippu ei antanut salaisuutta: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reveal Secret</source>
        <translation>Näytä salaisuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the secret of this production webhook on screen? Anyone who sees it can make deliveries that your receiver accepts as genuine.</source>
        <translation>Näytetäänkö tämän tuotantowebhookin salaisuus näytöllä? Kuka tahansa sen näkevä voi tehdä toimituksia, jotka vastaanottajasi hyväksyy aitoina.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shown on screen</source>
        <translation>näytetty näytöllä</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy Secret</source>
        <translation>Kopioi salaisuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the secret of this production webhook to the clipboard? Anyone who has it can make deliveries that your receiver accepts as genuine.</source>
        <translation>Kopioidaanko tämän tuotantowebhookin salaisuus leikepöydälle? Kuka tahansa, jolla se on, voi tehdä toimituksia, jotka vastaanottajasi hyväksyy aitoina.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copied to the clipboard</source>
        <translation>kopioitu leikepöydälle</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopioitu. Leikepöytä tyhjennetään %n sekunnin kuluttua.</numerusform>
            <numerusform>Kopioitu. Leikepöytä tyhjennetään %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Export Secret</source>
        <translation>Vie salaisuus</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file will hold the secret of this webhook in clear text, readable by anyone who can read the file. With it, anyone can make deliveries that your receiver accepts as genuine.

Keep the file only as long as you need it, and never in a shared folder, a backup or version control. Export anyway?</source>
        <translation>Tiedostossa on tämän webhookin salaisuus selväkielisenä, ja sen voi lukea kuka tahansa, joka voi lukea tiedoston. Sen avulla kuka tahansa voi tehdä toimituksia, jotka vastaanottajasi hyväksyy aitoina.

Säilytä tiedostoa vain niin kauan kuin tarvitset sitä, äläkä koskaan jaetussa kansiossa, varmuuskopiossa tai versionhallinnassa. Viedäänkö silti?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstitiedostot (*.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to %1, readable by you only. The file holds the secret in clear text: delete it when you no longer need it.</source>
        <translation>Viety tiedostoon %1, vain sinun luettavissasi. Tiedostossa on salaisuus selväkielisenä: poista se, kun et enää tarvitse sitä.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Stored Secret</source>
        <translation>Poista tallennettu salaisuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the secret of this webhook from this computer? The webhook stays registered with Vipps MobilePay, but this console can no longer verify its deliveries or sign test deliveries. The API never shows a secret again: you can only enter it again if you have it elsewhere.</source>
        <translation>Poistetaanko tämän webhookin salaisuus tältä tietokoneelta? Webhook pysyy rekisteröitynä Vipps MobilePayhin, mutta tämä konsoli ei voi enää varmentaa sen toimituksia eikä allekirjoittaa testitoimituksia. API ei koskaan näytä salaisuutta uudelleen: voit syöttää sen uudelleen vain, jos sinulla on se muualla.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keychain did not remove the secret: %1</source>
        <translation>Avainnippu ei poistanut salaisuutta: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored secret was removed from this computer.</source>
        <translation>Tallennettu salaisuus poistettiin tältä tietokoneelta.</translation>
    </message>
</context>
<context>
    <name>WebhookModel</name>
    <message>
        <location filename="../app/core/webhookmodel.cpp" line="+49"/>
        <location filename="../ui/webhooktablepage.cpp" line="+315"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/webhooktablepage.cpp" line="+1"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret of this webhook is stored in this computer&apos;s keychain.</source>
        <translation>Tämän webhookin salaisuus on tallennettu tämän tietokoneen avainnippuun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret for this webhook on this computer. Enter it if you have it, or replace the webhook to get a new one.</source>
        <translation>Tämän webhookin salaisuutta ei ole tällä tietokoneella. Syötä se, jos sinulla on se, tai korvaa webhook, niin saat uuden.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret. Verify a delivery with the secret of the registration that sent it, or delete the extra registrations.</source>
        <translation>
            <numerusform>Tällä URL-osoitteella on %n rekisteröinti: jokainen tapahtuma saapuu kerran kutakin rekisteröintiä kohden, kukin omalla salaisuudellaan allekirjoitettuna. Varmenna toimitus sen rekisteröinnin salaisuudella, joka sen lähetti, tai poista ylimääräiset rekisteröinnit.</numerusform>
            <numerusform>Tällä URL-osoitteella on %n rekisteröintiä: jokainen tapahtuma saapuu kerran kutakin rekisteröintiä kohden, kukin omalla salaisuudellaan allekirjoitettuna. Varmenna toimitus sen rekisteröinnin salaisuudella, joka sen lähetti, tai poista ylimääräiset rekisteröinnit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the webhook&apos;s secret is stored on this machine</source>
        <translation>Onko webhookin salaisuus tallennettu tälle koneelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secret here</source>
        <translation>Salaisuus täällä</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Tunnus</translation>
    </message>
</context>
<context>
    <name>WebhookOperations</name>
    <message>
        <location filename="../app/operations/webhookoperations.cpp" line="+225"/>
        <source>Whether the webhook was registered could not be checked: %1</source>
        <translation>Webhookin rekisteröitymistä ei voitu tarkistaa: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It has not been registered: the list of webhooks shows no new registration with this URL and events.</source>
        <translation>Sitä ei ole rekisteröity: webhookien luettelossa ei näy uutta rekisteröintiä tällä URL-osoitteella ja näillä tapahtumilla.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Whether it was registered cannot be told: the list before the attempt failed (%1), and %n registration(s) with this URL and events exist now. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>Ei voida päätellä, rekisteröitiinkö se: luettelon haku ennen yritystä epäonnistui (%1), ja nyt on olemassa %n rekisteröinti tällä URL-osoitteella ja näillä tapahtumilla. Tarkista luettelo ennen kuin poistat mitään.</numerusform>
            <numerusform>Ei voida päätellä, rekisteröitiinkö se: luettelon haku ennen yritystä epäonnistui (%1), ja nyt on olemassa %n rekisteröintiä tällä URL-osoitteella ja näillä tapahtumilla. Tarkista luettelo ennen kuin poistat mitään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n new registrations with this URL and events appeared (another program may be registering too): which one this attempt made cannot be told. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>Tällä URL-osoitteella ja näillä tapahtumilla ilmestyi %n uusi rekisteröinti (myös toinen ohjelma voi rekisteröidä): ei voida päätellä, minkä niistä tämä yritys teki. Tarkista luettelo ennen kuin poistat mitään.</numerusform>
            <numerusform>Tällä URL-osoitteella ja näillä tapahtumilla ilmestyi %n uutta rekisteröintiä (myös toinen ohjelma voi rekisteröidä): ei voida päätellä, minkä niistä tämä yritys teki. Tarkista luettelo ennen kuin poistat mitään.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The webhook was registered (id %1), but its secret was not received. Delete it and register again to get a secret.</source>
        <translation>Webhook rekisteröitiin (tunnus %1), mutta sen salaisuutta ei saatu. Poista se ja rekisteröi uudelleen saadaksesi salaisuuden.</translation>
    </message>
</context>
<context>
    <name>WebhookTablePage</name>
    <message>
        <location filename="../ui/webhooktablepage.cpp" line="-267"/>
        <source>&amp;Register a webhook…</source>
        <translation>&amp;Rekisteröi webhook…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the filter</source>
        <translation>Tyhjennä &amp;suodatin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by URL, event or id (Ctrl+F)</source>
        <translation>Suodata URL-osoitteen, tapahtuman tai tunnuksen mukaan (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Suodatin</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Re&amp;view…</source>
        <translation>T&amp;arkastele…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the orphaned secrets and remove them</source>
        <translation>Näytä orvot salaisuudet ja poista ne</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No webhooks are registered here yet.
Register one to have Vipps MobilePay tell your systems about payments.</source>
        <translation>Webhookeja ei ole vielä rekisteröity tänne.
Rekisteröi webhook, niin Vipps MobilePay ilmoittaa järjestelmillesi maksuista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No webhook matches “%1”.</source>
        <translation>Mikään webhook ei vastaa hakua ”%1”.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Copy &amp;URL</source>
        <translation>Kopioi &amp;URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;URLs</source>
        <translation>Kopioi &amp;URL-osoitteet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;id</source>
        <translation>Kopioi tu&amp;nnus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;ids</source>
        <translation>Kopioi tu&amp;nnukset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as &amp;JSON</source>
        <translation>Kopioi &amp;JSON-muodossa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>Ti&amp;edot…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register &amp;similar…</source>
        <translation>Rekisteröi &amp;samanlainen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;place…</source>
        <translation>K&amp;orvaa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new URL in place of this webhook, then delete this one</source>
        <translation>Rekisteröi uusi URL tämän webhookin tilalle ja poista sitten tämä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>De&amp;lete %n…</source>
        <translation>
            <numerusform>&amp;Poista %n…</numerusform>
            <numerusform>&amp;Poista %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Stored on this computer for webhooks that no longer exist: %n secret(s).</source>
        <translation>
            <numerusform>Tallennettu tälle tietokoneelle webhookeille, joita ei enää ole: %n salaisuus.</numerusform>
            <numerusform>Tallennettu tälle tietokoneelle webhookeille, joita ei enää ole: %n salaisuutta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhooksClient</name>
    <message>
        <location filename="../app/core/webhooksclient.cpp" line="+146"/>
        <source>Vipps-System header &quot;%1&quot;: %2</source>
        <translation>Vipps-System-otsake ”%1”: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client_id, client_secret and subscription key are all required.</source>
        <translation>client_id, client_secret ja tilausavain ovat kaikki pakollisia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API keys contain characters that cannot be sent in an HTTP header.</source>
        <translation>API-avaimissa on merkkejä, joita ei voi lähettää HTTP-otsakkeessa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer is larger than %1 MiB and was refused.</source>
        <translation>Vastaus on suurempi kuin %1 MiB, ja se hylättiin.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+100"/>
        <source>The deadline of %n second(s) passed before the API answered.</source>
        <translation>
            <numerusform>%n sekunnin aikaraja umpeutui ennen kuin API vastasi.</numerusform>
            <numerusform>%n sekunnin aikaraja umpeutui ennen kuin API vastasi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The connection closed before the API answered.</source>
        <translation>Yhteys katkesi ennen kuin API vastasi.</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+149"/>
        <source>Getting an access token</source>
        <translation>Käyttöoikeustunnuksen haku</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The API answered with a redirect to %1, which is not followed.</source>
        <translation>API vastasi uudelleenohjauksella osoitteeseen %1, jota ei seurata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token was refused twice.</source>
        <translation>Käyttöoikeustunnus hylättiin kahdesti.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>The deadline of %n second(s) left no time to try again.</source>
        <translation>
            <numerusform>%n sekunnin aikaraja ei jättänyt aikaa uudelle yritykselle.</numerusform>
            <numerusform>%n sekunnin aikaraja ei jättänyt aikaa uudelle yritykselle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing webhooks</source>
        <translation>Webhookien listaus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Registering a webhook</source>
        <translation>Webhookin rekisteröinti</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleting webhook %1</source>
        <translation>Webhookin %1 poisto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a webhook id (a UUID).</source>
        <translation>”%1” ei ole webhookin tunnus (UUID).</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.ui" line="+63"/>
        <source>&lt;h2&gt;Welcome to Webhook Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tervetuloa Webhook Consoleen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register, list and delete the webhooks through which Vipps MobilePay tells your systems about payments, agreements and check-ins.</source>
        <translation>Rekisteröi, listaa ja poista webhookit, joiden kautta Vipps MobilePay ilmoittaa järjestelmillesi maksuista, sopimuksista ja ilmoittautumisista.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need the API keys of your sales unit (client_id, client_secret and the subscription key), from the business portal under “For developers”. They are kept in this computer&apos;s keychain.</source>
        <translation>Tarvitset myyntipisteesi API-avaimet (client_id, client_secret ja tilausavain) yritysportaalista kohdasta ”Kehittäjille”. Ne säilytetään tämän tietokoneen avainnipussa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add your API keys…</source>
        <translation>&amp;Lisää API-avaimesi…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Kokeile hiekkalaatikkoa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a sandbox API inside this program with a few sample webhooks. No keys needed; nothing reaches Vipps MobilePay.</source>
        <translation>Avaa tämän ohjelman sisäisen hiekkalaatikko-API:n, jossa on muutama esimerkkiwebhook. Avaimia ei tarvita; mitään ei lähde Vipps MobilePaylle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sandbox runs inside this program with a few sample webhooks: try registering and deleting without keys. Nothing reaches Vipps MobilePay.</source>
        <translation>Hiekkalaatikko toimii tämän ohjelman sisällä, ja siinä on muutama esimerkkiwebhook: kokeile rekisteröintiä ja poistamista ilman avaimia. Mitään ei lähde Vipps MobilePaylle.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+36"/>
        <source>Open the profile &lt;name&gt;.</source>
        <translation>Avaa profiili &lt;nimi&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the built-in sandbox API (sample data, no keys needed).</source>
        <translation>Avaa sisäinen hiekkalaatikko-API (esimerkkidataa, avaimia ei tarvita).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manage Vipps MobilePay webhooks from the desktop.</source>
        <translation>Hallitse Vipps MobilePay -webhookeja työpöydältä.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The extra certificate authorities could not be loaded</source>
        <translation>Lisävarmentajia ei voitu ladata</translation>
    </message>
</context>
</TS>
