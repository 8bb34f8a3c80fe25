#include "validationissue.h"
