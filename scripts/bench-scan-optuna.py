"""Optuna TPE on the problems of scripts/bench-scan.ts (same functions, same spaces), for bench:scan.

Reads {"seeds": [...], "budget": N} on stdin; prints {"<sampler>": {"<problem>": [[best-so-far per trial] per seed]}}.
"""
import json
import math
import sys

import optuna

optuna.logging.set_verbosity(optuna.logging.WARNING)


def branin(x1, x2):
    b = 5.1 / (4 * math.pi ** 2)
    c = 5 / math.pi
    t = 1 / (8 * math.pi)
    return (x2 - b * x1 * x1 + c * x1 - 6) ** 2 + 10 * (1 - t) * math.cos(x1) + 10


ALPHA = [1.0, 1.2, 3.0, 3.2]
A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
P = [[0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886], [0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991],
     [0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650], [0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381]]


def hartmann6(x):
    return -sum(ALPHA[i] * math.exp(-sum(A[i][j] * (x[j] - P[i][j]) ** 2 for j in range(6))) for i in range(4))


MIXED = {"sgd": (0.3, -1.5), "adam": (0.0, -3.3), "rmsprop": (0.1, -3.0), "adagrad": (0.5, -2.0)}


def mixed(optimizer, lr, dropout):
    floor, best = MIXED[optimizer]
    return floor + 0.5 * (math.log10(lr) - best) ** 2 + 4 * (dropout - 0.2) ** 2


OBJECTIVES = {
    "branin": lambda t: branin(t.suggest_float("x1", -5, 10), t.suggest_float("x2", 0, 15)),
    "hartmann6": lambda t: hartmann6([t.suggest_float(f"x{i}", 0, 1) for i in range(1, 7)]),
    "mixed": lambda t: mixed(
        t.suggest_categorical("optimizer", ["sgd", "adam", "rmsprop", "adagrad"]),
        t.suggest_float("lr", 1e-5, 1.0, log=True),
        t.suggest_float("dropout", 0, 0.5),
    ),
}

SAMPLERS = {
    "optuna_tpe": lambda seed: optuna.samplers.TPESampler(seed=seed),
    "optuna_tpe_multivariate": lambda seed: optuna.samplers.TPESampler(seed=seed, multivariate=True),
}


def main():
    request = json.load(sys.stdin)
    out = {}
    for sampler_name, make in SAMPLERS.items():
        out[sampler_name] = {}
        for problem, objective in OBJECTIVES.items():
            curves = []
            for seed in request["seeds"]:
                study = optuna.create_study(direction="minimize", sampler=make(seed))
                study.optimize(objective, n_trials=request["budget"])
                best, curve = math.inf, []
                for trial in study.trials:
                    best = min(best, trial.value)
                    curve.append(best)
                curves.append(curve)
            out[sampler_name][problem] = curves
    json.dump({"optuna_version": optuna.__version__, "results": out}, sys.stdout)


if __name__ == "__main__":
    main()
