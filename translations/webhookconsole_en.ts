<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../app/core/apierror.cpp" line="+106"/>
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Retry after: %n second</numerusform>
            <numerusform>Retry after: %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesBanner</name>
    <message numerus="yes">
        <location filename="../ui/watchactions.cpp" line="+113"/>
        <source>%n registration(s) removed outside this console between %1 and %2 — Vipps MobilePay removes endpoints that failed for two weeks:</source>
        <translation>
            <numerusform>%n registration removed outside this console between %1 and %2 — Vipps MobilePay removes endpoints that failed for two weeks:</numerusform>
            <numerusform>%n registrations removed outside this console between %1 and %2 — Vipps MobilePay removes endpoints that failed for two weeks:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n registration(s) appeared from elsewhere:</source>
        <translation>
            <numerusform>%n registration appeared from elsewhere:</numerusform>
            <numerusform>%n registrations appeared from elsewhere:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/clicontext.cpp" line="+236"/>
        <source>%1: waiting %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1: waiting %n second before trying again.</numerusform>
            <numerusform>%1: waiting %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="+35"/>
        <source>(at most %n per sales unit)</source>
        <translation>
            <numerusform>(at most %n per sales unit)</numerusform>
            <numerusform>(at most %n per sales unit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/listcommand.cpp" line="+55"/>
        <source>%n webhook(s) for %1 in %2.</source>
        <translation>
            <numerusform>%n webhook for %1 in %2.</numerusform>
            <numerusform>%n webhooks for %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/tokencommand.cpp" line="+37"/>
        <source>Token received; it expires at %1 (in %n minute(s)).</source>
        <translation>
            <numerusform>Token received; it expires at %1 (in %n minute).</numerusform>
            <numerusform>Token received; it expires at %1 (in %n minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/deletecommand.cpp" line="+41"/>
        <source>Delete %n webhook(s) in PRODUCTION for %1?</source>
        <translation>
            <numerusform>Delete %n webhook in PRODUCTION for %1?</numerusform>
            <numerusform>Delete %n webhooks in PRODUCTION for %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="+157"/>
        <source>%1 (%2, %3): %n registration(s).</source>
        <translation>
            <numerusform>%1 (%2, %3): %n registration.</numerusform>
            <numerusform>%1 (%2, %3): %n registrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historycommand.cpp" line="+139"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message numerus="yes">
        <location filename="../ui/deletedialog.cpp" line="+47"/>
        <source>Delete %n webhooks</source>
        <translation>
            <numerusform>Delete %n webhook</numerusform>
            <numerusform>Delete %n webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Delete these %n webhooks?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Delete this %n webhook?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Delete these %n webhooks?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Delete %n</numerusform>
            <numerusform>&amp;Delete %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>&lt;b&gt;%n deletions failed.&lt;/b&gt; The result of each is shown below.</source>
        <translation>
            <numerusform>&lt;b&gt;%n deletion failed.&lt;/b&gt; The result of each is shown below.</numerusform>
            <numerusform>&lt;b&gt;%n deletions failed.&lt;/b&gt; The result of each is shown below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryAttribution</name>
    <message numerus="yes">
        <location filename="../app/operations/deliveryattribution.cpp" line="+138"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret.</source>
        <translation>
            <numerusform>This URL has %n registration: each event arrives once per registration, each signed with its own secret.</numerusform>
            <numerusform>This URL has %n registrations: each event arrives once per registration, each signed with its own secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>None of the %n webhook secrets tried verifies this delivery.</source>
        <translation>
            <numerusform>%n webhook secret was tried; it does not verify this delivery.</numerusform>
            <numerusform>None of the %n webhook secrets tried verifies this delivery.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored secrets could not be read from the keychain.</source>
        <translation>
            <numerusform>%n stored secret could not be read from the keychain.</numerusform>
            <numerusform>%n stored secrets could not be read from the keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This URL has %n registrations (%1): each event arrives once per registration, each signed with its own secret. The secret of the one that sent this delivery is not stored here: enter it in the vault, or replace that registration.</source>
        <translation>
            <numerusform>This URL has %n registration (%1): each event arrives once per registration, each signed with its own secret. The secret of the one that sent this delivery is not stored here: enter it in the vault, or replace that registration.</numerusform>
            <numerusform>This URL has %n registrations (%1): each event arrives once per registration, each signed with its own secret. The secret of the one that sent this delivery is not stored here: enter it in the vault, or replace that registration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryInput</name>
    <message numerus="yes">
        <location filename="../ui/deliveryinput.cpp" line="+132"/>
        <source>%n bytes, exactly as pasted or opened.</source>
        <translation>
            <numerusform>%n byte, exactly as pasted or opened.</numerusform>
            <numerusform>%n bytes, exactly as pasted or opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bytes as shown: typed or edited text has LF line breaks.</source>
        <translation>
            <numerusform>%n byte as shown: typed or edited text has LF line breaks.</numerusform>
            <numerusform>%n bytes as shown: typed or edited text has LF line breaks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Body: %n bytes, ending with a line break.</source>
        <translation>
            <numerusform>Body: %n byte, ending with a line break.</numerusform>
            <numerusform>Body: %n bytes, ending with a line break.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Body: %n bytes.</source>
        <translation>
            <numerusform>Body: %n byte.</numerusform>
            <numerusform>Body: %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnterSecretDialog</name>
    <message numerus="yes">
        <location filename="../ui/entersecretdialog.cpp" line="+83"/>
        <source>Only %n character(s): check that you copied all of it.</source>
        <translation>
            <numerusform>Only %n character: check that you copied all of it.</numerusform>
            <numerusform>Only %n characters: check that you copied all of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n character(s).</source>
        <translation>
            <numerusform>%n character.</numerusform>
            <numerusform>%n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/historydialog.cpp" line="+293"/>
        <source>%n of %1 change(s) shown.</source>
        <translation>
            <numerusform>%n of %1 change shown.</numerusform>
            <numerusform>%n of %1 changes shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <location filename="../app/storage/keychainsecretstore.cpp" line="+206"/>
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+417"/>
        <source>%1 of %n deletions failed.</source>
        <translation>
            <numerusform>%1 of %n deletion failed.</numerusform>
            <numerusform>%1 of %n deletions failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n webhooks.</source>
        <translation>
            <numerusform>Deleted %n webhook.</numerusform>
            <numerusform>Deleted %n webhooks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrphanedSecretsDialog</name>
    <message numerus="yes">
        <location filename="../ui/orphanedsecretsdialog.cpp" line="+70"/>
        <source>&lt;b&gt;%1: %n secret(s) without a webhook.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %n secret without a webhook.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %n secrets without a webhook.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Remove %n stored secret(s) from this computer? No webhook with these ids is registered any more.</source>
        <translation>
            <numerusform>Remove %n stored secret from this computer? No webhook with these ids is registered any more.</numerusform>
            <numerusform>Remove %n stored secrets from this computer? No webhook with these ids is registered any more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Removed %n stored secret(s).</source>
        <translation>
            <numerusform>Removed %n stored secret.</numerusform>
            <numerusform>Removed %n stored secrets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitAfterFirstList</name>
    <message numerus="yes">
        <location filename="../ui/quitafterfirstlist.cpp" line="+27"/>
        <source>Listed %n webhook(s).</source>
        <translation>
            <numerusform>Listed %n webhook.</numerusform>
            <numerusform>Listed %n webhooks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetrySchedule</name>
    <message numerus="yes">
        <location filename="../app/core/retryschedule.cpp" line="+58"/>
        <source>If it started failing now (%1): hourly attempts from %2, the last hourly one at %3, the last attempt at %4 (%n attempts in all).</source>
        <translation>
            <numerusform>If it started failing now (%1): hourly attempts from %2, the last hourly one at %3, the last attempt at %4 (%n attempt in all).</numerusform>
            <numerusform>If it started failing now (%1): hourly attempts from %2, the last hourly one at %3, the last attempt at %4 (%n attempts in all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulateEventDialog</name>
    <message numerus="yes">
        <location filename="../ui/simulateeventdialog.cpp" line="+79"/>
        <source>%1 (%n registrations)</source>
        <translation>
            <numerusform>%1 (%n registration)</numerusform>
            <numerusform>%1 (%n registrations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBarInfo</name>
    <message numerus="yes">
        <location filename="../ui/statusbarinfo.cpp" line="+89"/>
        <source>%n webhooks</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n webhooks shown</source>
        <translation>
            <numerusform>%1 of %n webhook shown</numerusform>
            <numerusform>%1 of %n webhooks shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDeliverySender</name>
    <message numerus="yes">
        <location filename="../app/delivery/testdeliverysender.cpp" line="+89"/>
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
</context>
<context>
    <name>WatchActions</name>
    <message numerus="yes">
        <location filename="../ui/watchactions.cpp" line="+141"/>
        <source>%n webhook registration(s) vanished</source>
        <translation>
            <numerusform>%n webhook registration vanished</numerusform>
            <numerusform>%n webhook registrations vanished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookDetailsDialog</name>
    <message numerus="yes">
        <location filename="../ui/webhookdetailsdialog.cpp" line="+49"/>
        <source>Events (%n):</source>
        <translation>
            <numerusform>Event (%n):</numerusform>
            <numerusform>Events (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Copy the stored secret; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copy the stored secret; the clipboard is cleared after %n second</numerusform>
            <numerusform>Copy the stored secret; the clipboard is cleared after %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookModel</name>
    <message numerus="yes">
        <location filename="../app/core/webhookmodel.cpp" line="+65"/>
        <source>This URL has %n registrations: each event arrives once per registration, each signed with its own secret. Verify a delivery with the secret of the registration that sent it, or delete the extra registrations.</source>
        <translation>
            <numerusform>This URL has %n registration: each event arrives once per registration, each signed with its own secret. Verify a delivery with the secret of the registration that sent it, or delete the extra registrations.</numerusform>
            <numerusform>This URL has %n registrations: each event arrives once per registration, each signed with its own secret. Verify a delivery with the secret of the registration that sent it, or delete the extra registrations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookOperations</name>
    <message numerus="yes">
        <location filename="../app/operations/webhookoperations.cpp" line="+244"/>
        <source>Whether it was registered cannot be told: the list before the attempt failed (%1), and %n registration(s) with this URL and events exist now. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>Whether it was registered cannot be told: the list before the attempt failed (%1), and %n registration with this URL and events exists now. Check the list before deleting it.</numerusform>
            <numerusform>Whether it was registered cannot be told: the list before the attempt failed (%1), and %n registrations with this URL and events exist now. Check the list before deleting any of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n new registrations with this URL and events appeared (another program may be registering too): which one this attempt made cannot be told. Check the list before deleting any of them.</source>
        <translation>
            <numerusform>%n new registration with this URL and events appeared (another program may be registering too): whether this attempt made it cannot be told. Check the list before deleting it.</numerusform>
            <numerusform>%n new registrations with this URL and events appeared (another program may be registering too): which one this attempt made cannot be told. Check the list before deleting any of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookTablePage</name>
    <message numerus="yes">
        <location filename="../ui/webhooktablepage.cpp" line="+382"/>
        <source>De&amp;lete %n…</source>
        <translation>
            <numerusform>De&amp;lete %n…</numerusform>
            <numerusform>De&amp;lete %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Stored on this computer for webhooks that no longer exist: %n secret(s).</source>
        <translation>
            <numerusform>Stored on this computer for webhooks that no longer exist: %n secret.</numerusform>
            <numerusform>Stored on this computer for webhooks that no longer exist: %n secrets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhooksClient</name>
    <message numerus="yes">
        <location filename="../app/core/webhooksclient.cpp" line="+178"/>
        <location line="+100"/>
        <source>The deadline of %n second(s) passed before the API answered.</source>
        <translation>
            <numerusform>The deadline of %n second passed before the API answered.</numerusform>
            <numerusform>The deadline of %n seconds passed before the API answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+196"/>
        <source>The deadline of %n second(s) left no time to try again.</source>
        <translation>
            <numerusform>The deadline of %n second left no time to try again.</numerusform>
            <numerusform>The deadline of %n seconds left no time to try again.</numerusform>
        </translation>
    </message>
</context>
</TS>
