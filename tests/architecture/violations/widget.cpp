#include <QMessageBox>
#include <QObject>
