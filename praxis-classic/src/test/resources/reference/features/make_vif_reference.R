# Writes vif_reference.json: variance inflation factors from R car::vif for VifEliminationTest.
# Run from this folder:  Rscript make_vif_reference.R   (R 4.2.2, car 3.1.1)
# Data: the diabetes and wine CSVs bundled with praxis-core (read directly, identical numbers).
library(car)
data_dir <- "../../../../../../praxis-core/src/main/resources/praxis/datasets"
d <- read.csv(file.path(data_dir, "diabetes.csv"))
v <- vif(lm(target ~ ., data = d))
w <- read.csv(file.path(data_dir, "wine.csv"))
w$class <- NULL
w$y <- seq_len(nrow(w))  # the response does not enter VIF; any numeric vector will do
vw <- vif(lm(y ~ ., data = w))
num <- function(x) paste(sprintf("%.17g", x), collapse = ", ")
str <- function(x) paste(sprintf("\"%s\"", x), collapse = ", ")
cat("{\n",
    " \"R\": \"", R.version.string, "\", \"car\": \"", as.character(packageVersion("car")), "\",\n",
    " \"diabetes\": {\"names\": [", str(names(v)), "], \"vif\": [", num(v), "]},\n",
    " \"wine\": {\"names\": [", str(names(vw)), "], \"vif\": [", num(vw), "]}\n",
    "}\n", sep = "", file = "vif_reference.json")
