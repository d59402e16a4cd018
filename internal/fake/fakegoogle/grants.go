package fakegoogle

// LiveGrants is how many refresh tokens this fake issued for user that it
// would still refresh: the grants Google would list on the person's
// account page, not revoked.
func (s *Server) LiveGrants(user string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, rt := range s.refresh {
		if rt.user == user && !rt.revoked {
			n++
		}
	}
	return n
}
