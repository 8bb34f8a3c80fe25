#include "invoicejson.h"
