# Parley (loaders + GraphQL) for docker-compose; Neo4j runs in its own container.
FROM python:3.11-slim
WORKDIR /app
COPY requirements.lock pyproject.toml README.md ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY parley ./parley
COPY graph ./graph
COPY loaders ./loaders
COPY schema ./schema
COPY samples ./samples
COPY schema.graphql ./
RUN pip install --no-cache-dir --no-deps -e .
ENV PARLEY_HOST=0.0.0.0 PARLEY_PORT=8000
EXPOSE 8000
# Same command the tests run: ingest the bundled sample into NEO4J_URI, then serve GraphQL.
CMD ["parley", "up", "--no-local"]
