# Reference numbers for praxis.linear.RegressionSummary, produced with R's lm() (R 4.2.2, car 3.1-1,
# jsonlite 1.8.4 from Debian). Run from the repository root:
#   Rscript praxis-classic/src/test/resources/reference/make_ols_summary_reference.R
# Writes praxis-classic/src/test/resources/reference/ols_summary_reference.json.
#
# Designs: diabetes (all 10 numeric features) and Servo (Motor, Screw, Pgain, Vgain as factors with the
# declared level order, treatment contrasts = one-hot with the first level dropped).
# AIC/BIC follow statsmodels' OLS convention: k = number of coefficients including the intercept (sigma is
# not counted), so aic = AIC(fit) - 2 and bic = BIC(fit) - log(n); R's own values are stored too.
# VIF_j = 1 / (1 - R^2_j) from lm(x_j ~ other columns of the design) with an intercept (checked against
# car::vif, stored as car_vif: the dummy columns enter lm as numeric columns, so car gives plain VIFs).
suppressPackageStartupMessages({ library(jsonlite); library(car) })
data_dir <- "praxis-core/src/main/resources/praxis/datasets"

summarise <- function(X, y) {
  d <- data.frame(X, check.names = FALSE)
  d$.y <- y
  fit <- lm(.y ~ ., data = d)
  s <- summary(fit)
  cf <- s$coefficients
  ci <- confint(fit, level = 0.95)
  ci90 <- confint(fit, level = 0.90)
  n <- nrow(X)
  vif <- sapply(seq_len(ncol(X)), function(j) {
    r2 <- summary(lm(X[, j] ~ X[, -j, drop = FALSE]))$r.squared
    1 / (1 - r2)
  })
  f <- s$fstatistic
  list(
    names = colnames(X), n = n,
    estimate = unname(cf[, 1]), std_error = unname(cf[, 2]), t = unname(cf[, 3]), p = unname(cf[, 4]),
    ci_low = unname(ci[, 1]), ci_high = unname(ci[, 2]), ci90_low = unname(ci90[, 1]), ci90_high = unname(ci90[, 2]),
    sigma = s$sigma, df_residual = fit$df.residual, r_squared = s$r.squared, adj_r_squared = s$adj.r.squared,
    f_statistic = unname(f[1]), f_df1 = unname(f[2]), f_df2 = unname(f[3]),
    f_p_value = unname(pf(f[1], f[2], f[3], lower.tail = FALSE)),
    log_likelihood = as.numeric(logLik(fit)),
    aic = AIC(fit) - 2, bic = BIC(fit) - log(n), r_aic = AIC(fit), r_bic = BIC(fit),
    vif = vif, car_vif = if (all(sapply(d[, -ncol(d)], is.numeric))) unname(car::vif(fit)) else NULL
  )
}

diab <- read.csv(file.path(data_dir, "diabetes.csv"))
Xd <- as.matrix(diab[, setdiff(names(diab), "target")])

servo <- read.csv(file.path(data_dir, "Servo.csv"), colClasses = c(rep("character", 4), "numeric"))
levels_of <- list(Motor = LETTERS[1:5], Screw = LETTERS[1:5], Pgain = as.character(3:6), Vgain = as.character(1:5))
for (v in names(levels_of)) servo[[v]] <- factor(servo[[v]], levels = levels_of[[v]])
Xs <- model.matrix(~ Motor + Screw + Pgain + Vgain, data = servo)[, -1]

# weighted least squares (LinearRegression.fit(x, y, sampleWeight)): lm(weights = w) on diabetes with the
# deterministic weights w_i = 1 + ((i - 1) mod 5) / 2, i = 1..n
w <- 1 + ((seq_len(nrow(Xd)) - 1) %% 5) / 2
dw <- data.frame(Xd, check.names = FALSE)
dw$.y <- diab$target
wfit <- lm(.y ~ ., data = dw, weights = w)

out <- list(
  r_version = R.version.string,
  diabetes_weighted = list(weights = w, intercept = unname(coef(wfit)[1]), coef = unname(coef(wfit)[-1])),
  diabetes = summarise(Xd, diab$target),
  servo = summarise(Xs, servo$target)
)
# every double written with sprintf("%.17g") (round-trips exactly); jsonlite stops at 15 digits
exact <- function(x) {
  if (is.list(x)) return(lapply(x, exact))
  if (is.double(x)) {
    v <- sprintf("%.17g", x)
    return(structure(if (length(x) == 1) v else paste0("[", paste(v, collapse = ","), "]"), class = "json"))
  }
  x
}
writeLines(toJSON(exact(out), json_verbatim = TRUE, auto_unbox = TRUE, pretty = FALSE),
           "praxis-classic/src/test/resources/reference/ols_summary_reference.json")
