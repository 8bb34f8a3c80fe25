#include "amountinwords.h"
