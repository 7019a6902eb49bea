"""The use cases: one function per thing a person does, shared by the chat (handlers/), the
command line (bot/) and the web page. Each owns its transaction and runs off the event loop.

Layers: bot > handlers > usecases > db > knowledge (import-linter holds them). A use case may
import the repositories (db/) and anything in knowledge/; never telegram, never bot/ or handlers/.
A front end imports no repository and calls no rule: it reads its input, calls a use case,
shows the result.

How to write one
----------------
- A module per capability (statuses.py, officers.py, proposals.py, ...). A use case is a plain
  function, declared with `@use_case`, whose first parameter is the `Desk` (desk.py):

      @use_case(writes=True)
      def set_status(desk: Desk, caller: Caller, row: str, status: Status) -> Recorded | Refusal:

  `writes=True` when it writes (on SQLite it then takes the write lock before its first read,
  so what it reads is what it decides on); `writes=False` when it only reads;
  `database=False` when it touches no database at all (reading a question against the
  catalogue): it then runs where it is called, so keep it to a millisecond or so.
- Parameters: the actor and plain values. The actor is a `Caller` (callers.py: user id, chat,
  registration, the agency they act for, admin or not, the prompt their chat waits for), read
  once per update by `open_update`; the command line builds one with `caller_of`. Values are
  what the person gave: text as typed, ids, references, enums. A row, task or agency that came
  back from a button or a link is a reference (refs.py): resolve it with `refs.item_key` /
  `refs.agency_name`, and refuse when it resolves to nothing ("Nút này không còn hợp lệ…"):
  the table in force may have changed since.
- Result: a frozen dataclass named for what happened (`Recorded`, `NoteAsked`, `Decided`,
  `TableApplied`), holding plain values and the core's types (Change, Registration,
  ProposalView, RowView...), never an ORM object; or a `Refusal` (results.py): a code of
  `Refused` and its raw values, worded in knowledge/messages/refusals.py, nothing changed (add
  a code and its line there rather than writing the sentence in the use case). A front end
  tests `isinstance(result, Refusal)` first and shows `result.reason`.
  A module re-exports (in `__all__`) the types and vocabulary its results carry, so a front end
  needs nothing from knowledge/ but the renderers (knowledge.render, knowledge.formats).
- Inside, call the repositories on the desk (`desk.repo`, `desk.proposals`, `desk.reminders`,
  `desk.submissions`, `desk.tables`): each call joins the use case's unit of work (db/unit.py),
  one session and one transaction, committed when the function returns and rolled back when it
  raises. Decide with the rules in knowledge/, write, return. A use case may call another
  directly (it joins the same unit).
- What a chat waits for is a typed prompt (prompts.py: NotePrompt, OfferPrompt, ProposalPrompt,
  SubmitPrompt): `prompts.wait_for`, `prompts.take`. Add a kind there, with its payload stored
  as JSON, and its handler in handlers/pending.py.
- Nothing outside the database: no message sent, no file written, no clock but `desk.clock`.
  A use case may be run again from the start (below), so it must not send or mutate anything
  but through the unit.
- Files a person sends are read after the permission check, within the readers' bounds
  (knowledge/formats), in the sandbox: a child process with a time and memory budget
  (knowledge/formats/sandbox.py). That read is awaited by a front, `@use_case(front=True)` on an
  `async def` (documents.receive_document): the one kind of use case that runs on the event
  loop. It holds no unit while the child parses (a slow file would otherwise hold a connection
  and SQLite's write lock), then runs with `desk.run` the use cases that check and store what
  was read. Files the bot sends are built inside the use case (`FileOut`, `Report`, `Chart`).

How to run one
--------------
- From async code (a handler, a job, the web page): `await desk.run(fn, *args)`. It runs `fn`
  in a worker thread (usecases/workers.py) inside its unit, so the event loop never waits on the
  database, and runs it again, after an asyncio.sleep, when the database was busy (SQLite
  locked past busy_timeout, a PostgreSQL deadlock or serialization failure, a unique key taken
  by another writer): up to 5 attempts.
  A front is awaited on the loop itself (it is not run again: its own use cases are).
- From synchronous code (the command line, tests): `desk.call(fn, *args)`, the same with
  time.sleep between attempts; a front gets an event loop of its own (asyncio.run).
- Open a desk with `Desk.open(config, clock)`; the chat's is `context.services`.

Why threads and not SQLAlchemy's asyncio engine: the repositories, Alembic and both drivers
(pysqlite with WAL, psycopg) stay synchronous and unchanged; aiosqlite runs each connection in a
thread of its own anyway. SQLAlchemy 2 gives a file SQLite database a QueuePool with
check_same_thread off, so each unit borrows a connection in its worker thread; a memory
database gets one shared connection (db/session.py).
"""
