package steps

import "gmailsetup/gmail"

// maskedAppPassword is what stands for a saved password on screen. The
// app-password rules themselves live in package gmail.
const maskedAppPassword = gmail.MaskedAppPassword
