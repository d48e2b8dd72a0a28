# Object-heavy code in the style of Richards: tasks with queues of packets,
# a scheduler picking the highest-priority runnable task, polymorphic run().
from _harness import run, size_arg


class Packet:
    def __init__(self, kind, data):
        self.kind = kind
        self.data = data
        self.link = None


class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.queue = []
        self.done = 0

    def runnable(self):
        return len(self.queue) > 0

    def run(self, sched):
        raise NotImplementedError


class Worker(Task):
    def run(self, sched):
        p = self.queue.pop(0)
        p.data = (p.data * 31 + 7) % 1009
        self.done += 1
        sched.send(sched.handlers[p.data % len(sched.handlers)], p)


class Handler(Task):
    def run(self, sched):
        p = self.queue.pop(0)
        self.done += p.data % 3
        if p.kind == 'stop':
            return
        sched.send(sched.devices[p.data % len(sched.devices)], p)


class Device(Task):
    def run(self, sched):
        p = self.queue.pop(0)
        self.done += 1
        sched.count += 1
        if sched.count < sched.limit:
            sched.send(sched.worker, p)


class Scheduler:
    def __init__(self, limit):
        self.limit = limit
        self.count = 0
        self.worker = Worker('worker', 1)
        self.handlers = [Handler('h%d' % i, 2 + i) for i in range(3)]
        self.devices = [Device('d%d' % i, 5 + i) for i in range(2)]
        self.tasks = [self.worker] + self.handlers + self.devices

    def send(self, task, packet):
        task.queue.append(packet)

    def loop(self):
        for i in range(4):
            self.send(self.worker, Packet('work', i))
        steps = 0
        while True:
            best = None
            for t in self.tasks:
                if t.runnable() and (best is None or t.priority > best.priority):
                    best = t
            if best is None:
                return steps, [t.done for t in self.tasks]
            best.run(self)
            steps += 1


def work(n):
    return Scheduler(n).loop()


def check(n, r):
    steps, done = r
    # four packets cycle worker -> handler -> device until n device runs
    return done[0] == n + 3 and done[4] + done[5] == n + 3 and \
        steps == 3 * (n + 3)

run('scheduler', work, size_arg(30000), check)
