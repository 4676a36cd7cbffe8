"""Migrations from 13 on, frozen like those before them (`migrations.py`, which they continue:
that module would otherwise pass the size limit)."""

from __future__ import annotations

LATER: list[tuple[int, str, list[str]]] = [
    (
        13,
        "the approver role; the board report's analysis texts, their sign-off and deadlines",
        [
            # DuckDB cannot change a CHECK constraint: the users table is copied to a new one
            """CREATE TABLE app_user_13 (
                name VARCHAR PRIMARY KEY,
                role VARCHAR NOT NULL
                    CHECK (role IN ('viewer', 'controller', 'approver', 'admin')),
                committees VARCHAR[],
                updated_by VARCHAR NOT NULL,
                updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
            """INSERT INTO app_user_13 (name, role, committees, updated_by, updated_at)
               SELECT name, role, committees, updated_by, updated_at FROM app_user""",
            "DROP TABLE app_user",
            "ALTER TABLE app_user_13 RENAME TO app_user",
            # every version of a text is kept; the newest per section is the text
            "CREATE SEQUENCE report_text_id_seq START 1",
            """CREATE TABLE report_text (
                id BIGINT PRIMARY KEY,
                year INTEGER NOT NULL,
                period TINYINT NOT NULL,
                committee VARCHAR NOT NULL,  -- '' for the region as a whole
                section VARCHAR NOT NULL,
                text VARCHAR NOT NULL,
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
            # every change of status is a row; the newest per nämnd and period is the status
            "CREATE SEQUENCE report_signoff_id_seq START 1",
            """CREATE TABLE report_signoff (
                id BIGINT PRIMARY KEY,
                year INTEGER NOT NULL,
                period TINYINT NOT NULL,
                committee VARCHAR NOT NULL,  -- '' for the region as a whole
                status VARCHAR NOT NULL CHECK (status IN ('draft', 'ready', 'approved')),
                changed_by VARCHAR NOT NULL,
                changed_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                note VARCHAR NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE report_deadline (
                year INTEGER NOT NULL,
                period TINYINT NOT NULL,
                due DATE NOT NULL,
                set_by VARCHAR NOT NULL,
                set_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                PRIMARY KEY (year, period)
            )""",
        ],
    ),
]
