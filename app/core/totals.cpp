#include "totals.h"
