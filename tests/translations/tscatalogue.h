#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A Qt Linguist .ts file as the translation tests need it: every message by context, source text
// and disambiguation (comment).
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation
    bool numerus = false;
    bool finished = false;    // no type attribute ("unfinished", "vanished", "obsolete")
    QString type;             // the type attribute, empty when finished
    QStringList translations; // one, or one per plural form

    QString describe() const;
};

class TsCatalogue
{
public:
    static std::optional<TsCatalogue> read(const QString &fileName, QString *error);

    QString language() const { return m_language; }
    const QList<TsMessage> &messages() const { return m_messages; }
    const TsMessage *find(const QString &context, const QString &source, const QString &comment = {}) const;

private:
    QString m_language;
    QList<TsMessage> m_messages;
    QHash<QString, qsizetype> m_index;
};

// What must survive translation. Each returns a sentence per problem, empty when fine.
namespace TsChecks {
// %1 ... %99, %L1, %n: the same set in the source and in every form of the translation.
QStringList placeholders(const TsMessage &message);
// A keyboard accelerator (&File) in the source needs one in the translation, and only then.
QStringList accelerators(const TsMessage &message);
// The HTML tags of a rich text source, the same in the translation.
QStringList htmlTags(const TsMessage &message);
} // namespace TsChecks
