#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePanel;
}

// Shown while no profile is open: "Add your API keys" and "Try the sandbox".
class WelcomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    ~WelcomePanel() override;

Q_SIGNALS:
    void addKeysRequested();
    void sandboxRequested();

private:
    std::unique_ptr<Ui::WelcomePanel> m_ui;
};
