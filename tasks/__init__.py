"""Background jobs: dramatiq broker set-up, actors, the outbox relay and the runtime loops.

Importing this package (or any module in it) has no side effects beyond declaring actors on an
in-memory ``StubBroker``: nothing connects anywhere until ``tasks.runtime.start`` (the API's
lifespan) or ``plaza worker`` sets up the configured broker. See ``tasks/README.md``.

Modules:
  broker       broker from a URL ("" -> StubBroker, redis://, amqp://), the ``actor`` decorator
  orm          the ORM inside a worker's event loop (one Tortoise context per loop)
  orders       actors: expire_order_group, sweep_overdue
  outbox       the relay: outbox rows -> actors (HANDLERS) + pub/sub
  pubsub       publish(channel, message): in memory, or Redis pub/sub
  runtime      start/stop (API lifespan, plaza/worker.py), relay_once, wake_relay
  signals      wake_relay (thread-safe wake-up of the relay loop)
  webhooks     actors: dispatch_paid_order, fan_out_webhooks, deliver_webhook (+ outbox handlers)
"""
