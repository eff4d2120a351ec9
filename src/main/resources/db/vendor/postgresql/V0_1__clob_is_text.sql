-- The shared migrations were first written for H2 and name CLOB (V1), which PostgreSQL lacks; here the
-- name stands for text, so that the same migrations build the same tables on both.
create domain clob as text;
