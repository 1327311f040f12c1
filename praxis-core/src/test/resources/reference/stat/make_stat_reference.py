"""Reference values for praxis.stat, produced with SciPy 1.10 (Debian python3-scipy; mpmath for one closed form).

Run: /usr/bin/python3 make_stat_reference.py > stat_reference.json
Each case is [parameters..., argument, value]; every value is printed with repr (17 significant digits).
"""
import json
import math

import mpmath

import scipy
from scipy import special, stats

assert scipy.__version__.startswith("1.10"), scipy.__version__

out = {"scipy": scipy.__version__}
out["lgamma"] = [[x, float(special.gammaln(x))] for x in
                 [1e-8, 0.1, 0.5, 0.75, 1.5, 2.5, 3.7, 9.99, 10.0, 15.5, 100.0, 1234.5, 1e6, -0.5, -2.5]]
out["ibeta"] = [[a, b, x, float(special.betainc(a, b, x))] for a, b, x in
                [(0.5, 0.5, 0.3), (2, 5, 0.3), (5, 2, 0.9), (10, 0.5, 0.95), (0.5, 10, 0.01), (50, 60, 0.45),
                 (200, 300, 0.42), (1, 1, 0.7), (3.3, 7.7, 0.6), (15, 0.5, 0.2)]]
out["igamma_p"] = [[a, x, float(special.gammainc(a, x))] for a, x in
                   [(0.5, 0.1), (1, 2), (3, 2.5), (10, 5), (10, 20), (50, 40), (2.5, 30), (100, 90), (0.1, 5)]]
out["igamma_q"] = [[a, x, float(special.gammaincc(a, x))] for a, x in
                   [(0.5, 0.1), (1, 2), (3, 2.5), (10, 5), (10, 40), (50, 80), (2.5, 60), (100, 130), (0.1, 5)]]

zs = [-37.0, -10.0, -5.0, -1.96, -0.5, 0.0, 0.3, 1.0, 2.5, 6.0, 20.0]
out["norm_cdf"] = [[z, float(stats.norm.cdf(z))] for z in zs]
out["norm_sf"] = [[z, float(stats.norm.sf(z))] for z in zs]
ps = [1e-300, 1e-50, 1e-10, 1e-4, 0.01, 0.025, 0.1, 0.3, 0.5, 0.7, 0.975, 0.999]
out["norm_ppf"] = [[p, float(stats.norm.ppf(p))] for p in ps]
out["norm_isf"] = [[q, float(stats.norm.isf(q))] for q in [1e-300, 1e-20, 1e-6, 0.05, 0.4]]

t_args = [(1, -3.0), (1, 0.5), (2, 2.0), (3, -0.7), (5, 1.5), (10, 2.5), (10, -40.0), (30, 3.3), (100, 1.9),
          (4.5, 2.2), (1000, 4.0), (7, 12.0)]
out["t_cdf"] = [[df, t, float(stats.t.cdf(t, df))] for df, t in t_args]
out["t_sf"] = [[df, t, float(stats.t.sf(t, df))] for df, t in t_args]
# SciPy 1.10's t.ppf is only good to ~1e-11 relative (e.g. ppf(0.025, 1) = -12.706204736432102, the true
# value is -cot(pi/40) = -12.7062047361747046...; ppf(0.025, 2) is off by 4e-11), so every t quantile is
# polished at 40 digits with mpmath: Newton on the exact cdf I_{df/(df+t^2)}(df/2, 1/2)/2 from SciPy's value.
mpmath.mp.dps = 40


def t_ppf(p, df):
    p = mpmath.mpf(p)  # exact binary value (or an mpf such as 1 - q)
    lower = p < mpmath.mpf(1) / 2
    tail = p if lower else 1 - p
    nu = mpmath.mpf(df)

    def upper(t):  # P(T > t) for t > 0, minus the target
        return mpmath.betainc(nu / 2, mpmath.mpf(1) / 2, 0, nu / (nu + t * t), regularized=True) / 2 - tail

    t0 = abs(mpmath.mpf(float(stats.t.isf(float(tail), df))))
    t = mpmath.findroot(upper, t0, tol=mpmath.mpf(10) ** -35)
    return float(-t if lower else t)


out["t_ppf"] = [[df, p, t_ppf(p, df)] for df in [1, 2, 3, 5, 10, 30, 100, 4.5]
                for p in [1e-10, 0.005, 0.025, 0.3, 0.6, 0.975, 0.995]]
out["t_isf"] = [[df, q, t_ppf(1 - mpmath.mpf(q), df)] for df in [1, 5, 20] for q in [1e-12, 1e-5, 0.05]]

f_args = [(1, 1, 0.5), (3, 20, 3.1), (3, 20, 15.0), (5, 2, 0.2), (10, 442, 46.27), (2, 7, 0.01), (12, 30, 2.0),
          (4.5, 9.5, 1.7), (1, 100, 8.0)]
out["f_cdf"] = [[d1, d2, x, float(stats.f.cdf(x, d1, d2))] for d1, d2, x in f_args]
out["f_sf"] = [[d1, d2, x, float(stats.f.sf(x, d1, d2))] for d1, d2, x in f_args]
out["f_ppf"] = [[d1, d2, p, float(stats.f.ppf(p, d1, d2))] for d1, d2 in [(1, 10), (3, 20), (10, 442), (5, 2)]
                for p in [0.01, 0.5, 0.95, 0.99]]

c_args = [(1, 0.001), (1, 3.84), (2, 5.99), (4, 9.49), (10, 2.0), (10, 50.0), (30, 30.0), (100, 150.0),
          (3.5, 0.4)]
out["chi2_cdf"] = [[k, x, float(stats.chi2.cdf(x, k))] for k, x in c_args]
out["chi2_sf"] = [[k, x, float(stats.chi2.sf(x, k))] for k, x in c_args]
out["chi2_ppf"] = [[k, p, float(stats.chi2.ppf(p, k))] for k in [1, 2, 4, 10, 50, 3.5]
                   for p in [1e-8, 0.01, 0.5, 0.95, 0.999]]

print(json.dumps(out))
