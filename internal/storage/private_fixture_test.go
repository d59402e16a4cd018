package storage_test

// fileAccount is a setup that keeps its app password in the file. It lives
// apart from private_test.go, which only Unix builds, because the fuzz
// seeds use it on every system.
const fileAccount = `[[account]]
email = "ada@gmail.com"
host = "smtp.gmail.com"
port = 587
secret_store = "file"
password = "aaaabbbbccccdddd"
`
