#include "taxcode.h"
