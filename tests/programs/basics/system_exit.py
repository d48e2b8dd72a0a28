# SystemExit's code becomes the exit status.
print("exiting")
raise SystemExit(3)
