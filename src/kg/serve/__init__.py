"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the graph (issue 6).

negotiate.py  Accept headers and format parameters -> a result format
worker.py     the process that owns a store and runs queries (killed when a query runs over time)
pool.py       a pool of such workers behind an asyncio interface
app.py        the HTTP side (Starlette on uvicorn): /sparql, the query page, /api/*
guard.py      in front of every route: Host names, cross-origin POSTs, security headers (issue 13)
connections.py  uvicorn's h11 protocol with deadlines, a cap on connections, 414/431 (issue 13)
maps.py       the maps it serves: kg viz pages whose actors link to /actor/<id> (issue 15)
"""
