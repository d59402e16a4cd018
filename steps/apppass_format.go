package steps

import "gmailsetup/internal/gmail"

// maskedAppPassword is what stands for a saved password on screen. The
// app-password rules themselves live in package gmail.
const maskedAppPassword = gmail.MaskedAppPassword
