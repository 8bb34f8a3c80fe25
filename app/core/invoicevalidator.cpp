#include "invoicevalidator.h"
