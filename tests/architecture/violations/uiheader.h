#pragma once
#include "ui/shell/mainwindow.h"

#include <QAction>
