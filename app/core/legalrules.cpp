#include "legalrules.h"
