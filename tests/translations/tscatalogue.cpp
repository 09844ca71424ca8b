#include "tscatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace {

QString key(const QString &context, const QString &source, const QString &comment)
{
    return context + QChar(4) + source + QChar(4) + comment;
}

QSet<QString> matches(const QRegularExpression &pattern, const QString &text, int group = 0)
{
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(group).toLower());
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.isEmpty() ? QStringLiteral("none") : list.join(QLatin1Char(' '));
}

// Compares a feature of the source with the same feature of every translated form.
template<typename Extract>
QStringList compareForms(const TsMessage &message, const QString &what, Extract extract)
{
    QStringList problems;
    if (!message.finished)
        return problems;
    const auto expected = extract(message.source);
    for (const QString &form : message.translations) {
        const auto actual = extract(form);
        if (actual != expected) {
            problems << QStringLiteral("%1: %2 %3 in the source, %4 in \"%5\"")
                            .arg(message.describe(), what, sorted(expected), sorted(actual), form);
        }
    }
    return problems;
}

} // namespace

QString TsMessage::describe() const
{
    QString text = source;
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return comment.isEmpty() ? QStringLiteral("[%1] \"%2\"").arg(context, text)
                             : QStringLiteral("[%1] \"%2\" (%3)").arg(context, text, comment);
}

std::optional<TsCatalogue> TsCatalogue::read(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    TsCatalogue catalogue;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.m_language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                message.finished = message.type.isEmpty();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.m_index.insert(key(message.context, message.source, message.comment),
                                     catalogue.m_messages.size());
            catalogue.m_messages << message;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return catalogue;
}

const TsMessage *TsCatalogue::find(const QString &context, const QString &source,
                                   const QString &comment) const
{
    const auto it = m_index.constFind(key(context, source, comment));
    return it == m_index.cend() ? nullptr : &m_messages.at(*it);
}

QStringList TsChecks::placeholders(const TsMessage &message)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9][0-9]?|n)"));
    return compareForms(message, QStringLiteral("placeholders"),
                        [](const QString &text) { return matches(pattern, text); });
}

QStringList TsChecks::accelerators(const TsMessage &message)
{
    // "&x" but not "&&" (a literal ampersand) nor an entity such as "&amp;" or "&#160;".
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&|#?[A-Za-z0-9]+;)[^\\s]"));
    return compareForms(message, QStringLiteral("accelerators"), [](const QString &text) {
        return pattern.match(text).hasMatch() ? QSet<QString>{QStringLiteral("&")} : QSet<QString>{};
    });
}

QStringList TsChecks::htmlTags(const TsMessage &message)
{
    static const QRegularExpression pattern(
        QStringLiteral("<(/?(?:a|b|i|u|p|br|h[1-6]|ul|ol|li|tt|code|pre|em|strong|small|big|span|div|"
                       "qt|html|body|nobr|table|tr|td|th|hr|img))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return compareForms(message, QStringLiteral("HTML tags"),
                        [](const QString &text) { return matches(pattern, text, 1); });
}
