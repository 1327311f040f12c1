"""Independent NumPy reference for praxis-unsupervised praxis.hmm tests (HMMReferenceTest).

NOT hmmlearn (not installable from apt here): a deliberately naive reimplementation with the UNSCALED textbook
recursions of Rabiner (1989) - alpha, beta, xi, gamma as plain products, Viterbi by brute-force enumeration of
all state paths - so it shares no code or numerical tricks with the Java implementation (which scales and
works in log space). The sequences are short enough for plain products not to underflow.

Run: /usr/bin/python3 make_hmm_reference.py  (writes hmm_reference.json beside this script).

Cases
- umbrella: Russell & Norvig's umbrella world (state 0 = rain, 1 = no rain; symbol 1 = umbrella, 0 = none),
  pi = (0.5, 0.5), A = [[0.7, 0.3], [0.3, 0.7]], P(umbrella | rain) = 0.9, P(umbrella | no rain) = 0.2.
  Hand-checkable: P(u1, u2) = 0.3515, filtered P(rain_2 | u1, u2) = 0.8834, smoothed P(rain_1 | u1, u2) = 0.8834,
  Viterbi path of (u, u, not u, u, u) = rain, rain, no rain, rain, rain (R&N Fig. 15.5).
- categorical3: 3 states, 4 symbols, two sequences; one Baum-Welch step.
- gaussian_full / gaussian_diag: 2 states, 2 features, two sequences; one Baum-Welch step (plain ML M-step).
"""
import itertools, json, os
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))


def forward(pi, A, B):  # B[t, k] = P(o_t | k)
    T, K = B.shape
    alpha = np.zeros((T, K))
    alpha[0] = pi * B[0]
    for t in range(1, T):
        for j in range(K):
            alpha[t, j] = sum(alpha[t - 1, i] * A[i, j] for i in range(K)) * B[t, j]
    return alpha


def backward(A, B):
    T, K = B.shape
    beta = np.ones((T, K))
    for t in range(T - 2, -1, -1):
        for i in range(K):
            beta[t, i] = sum(A[i, j] * B[t + 1, j] * beta[t + 1, j] for j in range(K))
    return beta


def brute_viterbi(pi, A, B):
    T, K = B.shape
    best, arg = -1.0, None
    for path in itertools.product(range(K), repeat=T):
        p = pi[path[0]] * B[0, path[0]]
        for t in range(1, T):
            p *= A[path[t - 1], path[t]] * B[t, path[t]]
        if p > best:
            best, arg = p, path
    return list(arg), float(np.log(best))


def estep(pi, A, Bs):
    """Expected counts over sequences: start, transitions, gammas."""
    K = len(pi)
    start, trans, gammas, ll = np.zeros(K), np.zeros((K, K)), [], 0.0
    for B in Bs:
        al, be = forward(pi, A, B), backward(A, B)
        P = al[-1].sum()
        ll += np.log(P)
        g = al * be / P
        gammas.append(g)
        start += g[0]
        for t in range(len(B) - 1):
            for i in range(K):
                for j in range(K):
                    trans[i, j] += al[t, i] * A[i, j] * B[t + 1, j] * be[t + 1, j] / P
    return start / start.sum(), trans / trans.sum(axis=1, keepdims=True), gammas, ll


def gauss(x, m, S):
    d = x - m
    return np.exp(-0.5 * d @ np.linalg.solve(S, d)) / np.sqrt(np.linalg.det(2 * np.pi * S))


out = {"generator": "make_hmm_reference.py (independent NumPy, unscaled textbook recursions)"}

# umbrella
pi = np.array([0.5, 0.5]); A = np.array([[0.7, 0.3], [0.3, 0.7]]); E = np.array([[0.1, 0.9], [0.8, 0.2]])
obs2 = [1, 1]; obs5 = [1, 1, 0, 1, 1]
B2 = E[:, obs2].T; B5 = E[:, obs5].T
al2 = forward(pi, A, B2); be2 = backward(A, B2)
al5 = forward(pi, A, B5); be5 = backward(A, B5)
vpath, vlog = brute_viterbi(pi, A, B5)
assert abs(al2[-1].sum() - 0.3515) < 1e-12 and vpath == [0, 0, 1, 0, 0]
ns, nt, gs, ll = estep(pi, A, [B5])
ne = np.zeros_like(E)
for t, o in enumerate(obs5):
    ne[:, o] += gs[0][t]
ne /= ne.sum(axis=1, keepdims=True)
out["umbrella"] = {"start": pi.tolist(), "transitions": A.tolist(), "emissions": E.tolist(),
                   "obs2": obs2, "p_obs2": float(al2[-1].sum()),
                   "filtered2": (al2 / al2.sum(axis=1, keepdims=True)).tolist(),
                   "smoothed2": (al2 * be2 / al2[-1].sum()).tolist(),
                   "obs5": obs5, "loglik5": float(np.log(al5[-1].sum())),
                   "smoothed5": (al5 * be5 / al5[-1].sum()).tolist(),
                   "viterbi5": vpath, "viterbi5_log": vlog,
                   "bw_start": ns.tolist(), "bw_transitions": nt.tolist(), "bw_emissions": ne.tolist()}

# categorical, 3 states, 4 symbols, 2 sequences
rng = np.random.RandomState(7)
def rows(r, c):
    m = rng.rand(r, c) + 0.1
    return m / m.sum(axis=1, keepdims=True)
pi3 = rows(1, 3)[0]; A3 = rows(3, 3); E3 = rows(3, 4)
seqs = [rng.randint(0, 4, size=9).tolist(), rng.randint(0, 4, size=6).tolist()]
Bs = [E3[:, s].T for s in seqs]
ns, nt, gs, ll = estep(pi3, A3, Bs)
ne = np.zeros_like(E3)
for s, g in zip(seqs, gs):
    for t, o in enumerate(s):
        ne[:, o] += g[t]
ne /= ne.sum(axis=1, keepdims=True)
out["categorical3"] = {"start": pi3.tolist(), "transitions": A3.tolist(), "emissions": E3.tolist(), "seqs": seqs,
                       "loglik": float(ll), "viterbi0": brute_viterbi(pi3, A3, Bs[0])[0],
                       "viterbi0_log": brute_viterbi(pi3, A3, Bs[0])[1],
                       "bw_start": ns.tolist(), "bw_transitions": nt.tolist(), "bw_emissions": ne.tolist()}

# gaussian, 2 states, 2 features
piG = np.array([0.6, 0.4]); AG = np.array([[0.8, 0.2], [0.3, 0.7]])
mu = np.array([[0.0, 0.0], [2.0, 1.0]])
S = np.array([[[1.0, 0.3], [0.3, 0.5]], [[0.7, -0.2], [-0.2, 1.2]]])
gseqs = [rng.standard_normal((7, 2)) + np.array([1.0, 0.5]), rng.standard_normal((5, 2)) * 1.5]
for name, covs in (("gaussian_full", S), ("gaussian_diag", np.array([np.diag(np.diag(s)) for s in S]))):
    Bs = [np.array([[gauss(x, mu[k], covs[k]) for k in range(2)] for x in q]) for q in gseqs]
    ns, nt, gs, ll = estep(piG, AG, Bs)
    X = np.vstack(gseqs); G = np.vstack(gs)
    nm = (G.T @ X) / G.sum(axis=0)[:, None]
    nc = []
    for k in range(2):
        D = X - nm[k]
        C = (G[:, k, None] * D).T @ D / G[:, k].sum()
        nc.append(C if name == "gaussian_full" else np.diag(np.diag(C)))
    out[name] = {"start": piG.tolist(), "transitions": AG.tolist(), "means": mu.tolist(),
                 "covariances": covs.tolist(), "seqs": [q.tolist() for q in gseqs], "loglik": float(ll),
                 "viterbi0": brute_viterbi(piG, AG, Bs[0])[0], "viterbi0_log": brute_viterbi(piG, AG, Bs[0])[1],
                 "bw_start": ns.tolist(), "bw_transitions": nt.tolist(), "bw_means": nm.tolist(),
                 "bw_covariances": np.array(nc).tolist()}

with open(os.path.join(here, "hmm_reference.json"), "w") as f:
    json.dump(out, f)
print(json.dumps(out["umbrella"])[:600])
