#include "enums.h"
