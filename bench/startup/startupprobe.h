#pragma once

#include <QObject>

class QWidget;

namespace einvoice::bench {

// Inside a child process: prints "painted" on stdout once the watched window has finished its
// first paint, then, after the event loop has been idle for idleMs, "rss <kB>" and quits.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget *window, int idleMs, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPainted();
    static qint64 residentKb();

    int m_idleMs;
    bool m_painted = false;
};

} // namespace einvoice::bench
