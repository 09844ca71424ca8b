#pragma once

#include <QDialog>
#include <QString>

class ProfileStore;
class QLineEdit;
class QListWidget;

// Ctrl+K: a small list of the saved profiles and the sandbox, each with its environment (a
// colour chip and the word) and sales unit, filtered as the user types; Enter opens the one
// highlighted. It only reports the choice (profileChosen / sandboxChosen): whoever opened it
// decides how a production profile is entered.
class QuickSwitcherDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSwitcherDialog)

public:
    explicit QuickSwitcherDialog(ProfileStore *store, const QString &activeName, QWidget *parent = nullptr);
    ~QuickSwitcherDialog() override;

    QLineEdit *searchLineEdit() const { return m_search; }
    QListWidget *profilesListWidget() const { return m_list; }

Q_SIGNALS:
    void profileChosen(const QString &name);
    void sandboxChosen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(const QString &activeName);
    void applyFilter();
    void choose();

    ProfileStore *m_store;
    QLineEdit *m_search;
    QListWidget *m_list;
};
