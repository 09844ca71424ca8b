#include "preferencesdialog.h"
#include "ui_preferencesdialog.h"

#include "core/translations.h"

#include <QPushButton>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()),
      m_savedSetting(Translations::savedSetting())
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItem(tr("System default"), Translations::systemSetting());
    for (const Translations::Language &language : Translations::available())
        m_ui->languageComboBox->addItem(language.nativeName, language.code); // names in their own language
    const int current = m_ui->languageComboBox->findData(
        m_savedSetting.isEmpty() ? Translations::systemSetting() : m_savedSetting);
    m_ui->languageComboBox->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::languageSetting() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void PreferencesDialog::accept()
{
    Translations::saveSetting(languageSetting());
    QDialog::accept();
}

void PreferencesDialog::updateRestartNote()
{
    const QString saved = m_savedSetting.isEmpty() ? Translations::systemSetting() : m_savedSetting;
    m_ui->restartNoteLabel->setVisible(languageSetting() != saved);
}
