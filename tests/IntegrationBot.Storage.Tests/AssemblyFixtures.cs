using IntegrationBot.Testing.Postgres;

// One PostgreSQL cluster for the whole assembly; every test gets its own database on it.
[assembly: AssemblyFixture(typeof(PostgresFixture))]
