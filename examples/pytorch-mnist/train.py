"""A PyTorch trainer for mtrack, run by a W&B-style sweep (sweep.yaml) with no change to either.

mtrack runs it as W&B's agent would (`python train.py --lr=0.01 --batch_size=32 ...`) and hands it the dataset
revision's MNIST IDX files ($MTRACK_TRAIN_DIR, $MTRACK_TEST_DIR). It appends one JSON line per epoch to
$MTRACK_METRICS_OUT ({"epoch": 1, "val_loss": ..., "val_accuracy": ...}); mtrack builds metrics.json from them.
"""
import argparse
import json
import os
import struct
import time

import torch
from torch import nn


def read_idx(folder, limit):
    with open(os.path.join(folder, "images-idx3-ubyte"), "rb") as f:
        _, count, rows, cols = struct.unpack(">IIII", f.read(16))
        count = min(count, limit)
        images = torch.frombuffer(bytearray(f.read(count * rows * cols)), dtype=torch.uint8)
    with open(os.path.join(folder, "labels-idx1-ubyte"), "rb") as f:
        f.read(8)
        labels = torch.frombuffer(bytearray(f.read(count)), dtype=torch.uint8)
    return images.view(count, 1, rows, cols).float() / 255.0, labels.long()


def report(row):
    with open(os.environ["MTRACK_METRICS_OUT"], "a") as f:
        f.write(json.dumps(row) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--batch_size", type=int, default=32)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--channels", type=int, default=8)
    parser.add_argument("--max_train", type=int, default=1000)
    parser.add_argument("--max_val", type=int, default=500)
    args = parser.parse_args()

    torch.manual_seed(int(os.environ.get("MTRACK_SEED", "0")))
    torch.set_num_threads(1)  # small trials on shared CPUs: one thread each
    x, y = read_idx(os.environ["MTRACK_TRAIN_DIR"], args.max_train)
    vx, vy = read_idx(os.environ["MTRACK_TEST_DIR"], args.max_val)
    model = nn.Sequential(
        nn.Conv2d(1, args.channels, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(4),
        nn.Flatten(),
        nn.Linear(args.channels * 7 * 7, 10),
    )
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    started = time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        order = torch.randperm(len(x))
        total = 0.0
        for i in range(0, len(x), args.batch_size):
            batch = order[i : i + args.batch_size]
            optimizer.zero_grad()
            loss = loss_fn(model(x[batch]), y[batch])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(batch)
        model.eval()
        with torch.no_grad():
            logits = model(vx)
            val_loss = loss_fn(logits, vy).item()
            val_accuracy = (logits.argmax(1) == vy).float().mean().item()
        report({"epoch": epoch, "loss": total / len(x), "val_loss": val_loss, "val_accuracy": val_accuracy})
        print(f"epoch {epoch}/{args.epochs}: val_loss {val_loss:.4f} val_accuracy {val_accuracy:.4f}", flush=True)
    seconds = time.time() - started
    artifacts = os.environ.get("MTRACK_ARTIFACTS_DIR")
    if artifacts:
        os.makedirs(artifacts, exist_ok=True)
        torch.save(model.state_dict(), os.path.join(artifacts, "model.pt"))
    report({"throughput": len(x) * args.epochs / seconds, "device": "cpu", "backend": f"pytorch {torch.__version__}"})


if __name__ == "__main__":
    main()
