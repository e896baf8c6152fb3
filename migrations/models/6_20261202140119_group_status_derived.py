"""Migration 6_20261202140119_group_status_derived, written by `python -m plaza.makemigrations`.

aerich hands the connection to upgrade() and downgrade(); they return the SQL for its dialect.
Edit the SQL if you must, keeping both dialects in step; never edit MODELS_STATE (aerich diffs
the models against it). Extra SQL: plaza.makemigrations.EXTRA_SQL.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True
# SQLite: run the script in a savepoint, so that a failing statement undoes those before it
# (Python 3.11's sqlite3 commits before running a script, i.e. outside aerich's transaction).
# A script that must run outside any transaction (PRAGMA foreign_keys=OFF to rebuild a table)
# needs SQLITE_ATOMIC = False and RUN_IN_TRANSACTION = False.
SQLITE_ATOMIC = True

# The plaza.makemigrations.EXTRA_SQL entries whose statements this migration carries.
EXTRA_SQL_KEYS: tuple[str, ...] = ()

UPGRADE: dict[str, str] = {
    "sqlite": """
-- SQLite keeps no column comments: the new order-group statuses need nothing here.
SELECT 1;
""",
    "postgres": """
COMMENT ON COLUMN "order_group"."status" IS 'PENDING_PAYMENT: pending_payment
PAID: paid
PARTIALLY_CANCELLED: partially_cancelled
CANCELLED: cancelled
REFUNDED: refunded';
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
-- SQLite keeps no column comments: the new order-group statuses need nothing here.
SELECT 1;
""",
    "postgres": """
COMMENT ON COLUMN "order_group"."status" IS 'PENDING_PAYMENT: pending_payment
PAID: paid
CANCELLED: cancelled';
""",
}


def _sql(db: BaseDBAsyncClient, sql: dict[str, str]) -> str:
    dialect = db.capabilities.dialect
    if dialect not in sql:
        raise RuntimeError(f"migration {__name__} has no SQL for dialect {dialect!r}")
    script = sql[dialect].strip()
    if script and dialect == "sqlite" and SQLITE_ATOMIC:
        script = f"SAVEPOINT plaza_migration;\n{script}\n;\nRELEASE plaza_migration;"
    return script


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, UPGRADE) or "SELECT 1"  # asyncpg rejects an empty script


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, DOWNGRADE)


MODELS_STATE = (
    "eJztXW1z20aS/itT/LL2FeOKaEnRabe2iqJohxuK5FKUE1+UgkFwKOIEAgwASlbt5b/fDN"
    "5fBuAABEm8dFXKsYHpAfj0YKb76Z6e/7TW2gIrxoeettVlrLeu0X9aqrjG5C/RW23UEjcb"
    "/wa9YIpzxWorSpK2VU1BCjSeG6YuSia5vRQVA5NLC2xIurwxZU2lQl0Vaa/qD0sFYxM5km"
    "2kWfdFRXlDr5r+LKtPaKnpSFMxWmNdWomq+YH2v9Ak8gBye/+utqr85xYLpvaEzZWFwu9/"
    "kMuyusDfsUH/+Z/WUsbKwvp7y5UV5EWLtsPfNzo2DPIowxV1MFS3ikJhettYKLWsxgQV6x"
    "9/0YabZ8HqOYQ86Zfcsq4LruyN/DRQzU9WW/rr5wRrZbtW/fabN3OlqZ6ArJr06hNWsS6a"
    "mD7B1LdUDfStHMW5mrER8JvYPz0gs8BLcauY/m8iL+BfawnCaDwT7vszQWjFFO1KBBTmXJ"
    "IIZAQO8qqGBcATfYUf/rvT+fjxp86PHy+vLs5/+uni6scr0tZ63/itn/6yX8ZHy+7Kwmzw"
    "eTCa0RfSyEi0Ryq98JclI5qi4GvVR1/SMcVLEM24Fm7JHVNeY7YewpIRfSwc0Q/uX6LacX"
    "WRph73gq8f/9s6hoLID1yMVeXNGRgp2M8Gd/37WfduQh+3Now/FQu/7qxP73Ssq2+Rq+8u"
    "34eV5XWCfh3Mfkb0n+h/xqO+Ba9mmE+69US/3ex/WvSdxK2pCar2KoiLwBh2r7qokZa+1r"
    "ebRU6thyVB62XRuotRQO3O2wfWuMBUnmnKjQjunnsZenaGZWnUfMTZN/DdGVjPjH5AKBfy"
    "TV32qMWxfGaueu6Ajivik6Zj+Un9Bb9ZyhiQdxdVCTPAdyzGu0BX1foE/nIHmnvVf0VdfP"
    "UstejXTyAgPxybFgjkHdDoYTi07bu5KD2/ivpCCMFO72gdjakIOrbjShireKaRPzhV8OB0"
    "UqnvgBf9wNcfQr7Xve91b/sR4MM401vrzjp6RVTFJ+v30jej7xEZyvemuFy2GN5RuEGbx0"
    "fyBo/hyex2lRD90X8ziN+ynmPdWMkbpC0R/k6kiHcT9Gja6FU2V4g4MkjXFGzQv72hlaYs"
    "6N90zHCeCu4c3KlyfE/gToFhfQjDGtypJmqdx52y1oS4wv91Px6xle0JRPUsSyb6P6TIRi"
    "5znkfDrX8st6pElYfmW1kxZdX4QJ/3z9ZhzRuWnilAIRWPvnSnvZ+703d33d8i6hz1huOb"
    "qO5oBzcRz+qkvm3pPjpwbutuhJTOuS3bN1CEd8v2scC5raJzOxF1U2UH/dxbbR6HdhNovM"
    "uTTcZrt9cIDh44eNWacStq6oOD10St8zh41v9j+u6tRJ2ta7d9RMsErSrqdS1+FxSsPpkr"
    "8s+zzo8pinX9N9Iq6r85tzr2PYbdmmxa+Yp4xm8MR/vGkfr0yxQrovX7Eq0oZ4knlm8FVZ"
    "FkTYUG6yuerzTtWcDqYqNZknsB9qvdXd/prU6oxU32wq1MOs6SDU1nFHLbmsKzI8CTZNad"
    "DBBp/wHRORnJpoHuf+7+0Lm4RAv5CRsmkg1kmMQRXPzdimwYmBgm9tWV9qoijXgjSDSRZa"
    "6QbpnpZ4U/5FF9VN0u3qmaiUT9SVM779EcSyLxEujTDHIRI9Lih7lsIl1UF9ra6dlA0gpL"
    "z3hBekb4BetvSMdkFBrm9aMqIkPRXtFKNFZoo2smlkh7cuUHrJq6tnlDG9EwXjV9YbQRfb"
    "TTM31ingiPqzQI8ID9D/Z/+S1BsP+bqHUe+59M3Ev5exYPwJcoxgc47YQb9gAueRyAqLYC"
    "9v/l+0i8gCywAl2UswAclKmhm3V5zgHy5XkiyPRWYlwsU6wyKgchy8JDlsROJfjaD8qgmY"
    "gYKKZwxej4RXvOtdqHJQtY7cuZMlrBxT1u0wX8tJiW0/ypsBzkCxQVtg4E1vaMWgfieRVT"
    "BG/cNDwG949ZF0eAWeFqBvXlhrF3k15u1Byiq8CuALtSdT8b2JUmap2HXcFrUVay+P6eQO"
    "24lc4Fj99PWiU6/ta9vyL2rR3VyMyxxARrSLR0Li64EL9IQfwiiviSPFjImjQQEjoe0q1D"
    "OesHyhsI4iwbArEL5RcGzjeapmBRTbDVgnIRqOdE8FBYuxPLcR3ym/F4GFoKbgYRe2z0cH"
    "fTJ+hb2JNGshky0wJTiSKaS01fC3QHA3tw99XtOuaehaeVaCdHHOyqpuKMA741IssegZ1I"
    "Pqrd27vB6BqJi7WsPqq9h/vZ+K4/JaLTL4MeaSVtDVNbE4eM+C4vsvPjM34qHzscX8rHTu"
    "KHQm+F1WZqz1gVXrBuOKkeYbUl+jQxueORHD8e1r3pnJ3/dH718fLc82q8K2nOTAJ3wZO6"
    "tJGl5+1GKCIlZ2J1NalbOk5wxBKrg4y6/WBy9yyMaV+1Bkp40rXtZk+4LJg+047qipW4NM"
    "mgEhVsCJJosIItWfDqer31SGd1xUwS9X2nqx7porIRjnR0lgrxjIQ/t5op7gnSJ9rTPRlN"
    "/6ad1XU0zRUCCQ0RCjTlTt73E7xxu+uT3ngSeqs4xnTZeCaPlmQ7dXAvwKakr1unq7qOMV"
    "mda9+Jf/esaq8KXjzhNd7b4nJNiQHte2DidY3GWqYgUGBh8GtesnF1tzdyLBB+VzXBNDge"
    "vXo3+8IUK7pTE7ByFidqpdQlSg8wBvdFQ3ARgosQXKx6mAmCi03UOk9wEbZuHjYEYyjbpy"
    "z4uu1rF7q94gH3Khnbqzi0pmhuGY4LX5TFlz5ieMWPqmUJsHR7s8GX/jWypR/V+4f7SX90"
    "27+9RsbW2GDyxEWeQErxOxXcvbVbPVPCQkQsl0JKZs2Hkb74kWf0k1aJWFv32GDbOzvz4O"
    "1L1g/ys84V12x+lTKbX+XeiO94//syw012/LPwTrwuf9kMEL6CBaKOV9p274DMr24/dQVq"
    "o2uLrbR39Njupa4gQeQYoqGHjIbSBUtwtijsHxilvXXtzuqKGS2sXkAI5t7ppu4wCXPRlF"
    "b7fo4uWje0s7pCZkf6ZBOvTxDeqyRirmNEfjXxtPcPwDvFoW7t7uoUgT9obahA/h6rOFQ4"
    "vS85jhVMKeSKZbW6SNLWawK++YasnLEf5ts3ZPeDrH7a9ERBvEBzu5qT1QgpWCSGEOsIjX"
    "27y1hSyZbct6IS/SICnVr1qZa6BmdxQLwP4n2ViPxAvK+JWod43+njfUQTdGmMQ5xcpyYg"
    "Uo4aNfSxtalR45tEmSyMkBjULsloawRJ/qDxmEkFMVFQQ1ElZHxo4yrJXEXmPtRZxdTBW0"
    "gmNhjZtWTiM08BAOc92aQi0Iam2hCsU2LtTAe9WVqNntNGNqpC18CWpVORWYHZkcFlhefO"
    "ZCorPGFDUjaQNEDSVN1dB5KmiVrnIWkksgBkIWnc9rVLGj7nYWjOkwma8xg/A/zXYfmvja"
    "bI0hsbYY7SN550mfFu3XWHw2u0FhXlUf08Hff606/XNHYnYf3NuvIwuXmwL2038y25dted"
    "/tKfTYZdWgRnLerP2NwoYr76Nx2uGmgpJdBiFdCkra5jNUltCXNOQOaIGfS90ddDMZORKk"
    "M8RYaSawzFNitg0yQPz0QMB2WAGS6EGYbSRAenF+iYZI/0LEAN7V7qChJk4UL9psKxOh6x"
    "V0l47GJEVg72fiB5tYiAAuWiQP2NJwwGNLQrJZkAfQ01K5T//D1U8MLypf8AThQ4UWDHgB"
    "MFrR9D6+XnRE+tV2BFK82KQlZgCbifhNMesxlwEUFISSsqJS1og++ZLxWsclcxVfDmTEWG"
    "YdaDzUKZgNLzvpspaR81AvugznCP4POk6W8thi/s3WunucIScYcU7UmQgq0PmREU2g22IY"
    "447ASr8BzcBoe6Qa4VONRN1DqPQw0+H1R+rC66vhmSyVwIieVy3koW0CmF72ajWoDnFjSA"
    "q6UHXsctNABDbht5AzR6GA75/DZpJSsL0tW+4d664R2eJI5cEK4qGB3Sv3UTdxjubSCnZ7"
    "d3qwQac9RtcVSNtOUS63iBZBWJyN81w6rNwiPCDBdv/AER2JcTjRlDDZW6rYBt8Jwb5EOB"
    "59xErfN4zs78n935CMlB6Cjj5AtFJUqghjQv0DeL9nQD61eCuR11A0NTwe5aElCw40AFO5"
    "J97UM6Se4AZ1W39Mf+bicp8MkdLwIYODlFlyUsrGW1yHKTkdC287QCH+DGTcETq+wq1AZP"
    "rEE2OXhiTdQ6xDCz7QrnOmKqk3LEVCd+xFTwzWIwz8hayIY5InbE7eGtw1qdzG+m/9ss9L"
    "nE8lO9T2Y4Hn12m0eTVuFsO+tsOwoduXBLrhAzkFwqycl2BqbvI5hkzGf5EiJi8CVk/hJ8"
    "HyO+rmNJXotKEtkWkIuu6rbgB6eDykb2WEq47fcGd93hu7PzdsfCnCAu205vcGsIFADZNY"
    "cUXAAk6HXGUE7zDiOCkLSSlzWGPR9lY4xhz0crA6PJteeDNeUUAG/9EoWi6Eam2T1Ss6AA"
    "Dhvx0Nh8EXVZ3Luc0he7lzqBdMiwgwsXI+wQQHJ32OEl0Ph4G4/8kBmw9pW0BNrA2jeIvw"
    "XWvola52HtjedtFqLBaV67fTGXPHVcL5PruF7G6riWPxxyMFryCMEQm1EU1+5h1JnJSF90"
    "bz6ybLMVEJKVIyRFkzx8vjVZ1RBTytKEpKAyTXq8I0dlGoj8lSzyB9ne5SKNIc242DRjHk"
    "oTqgRxlalWZHXf2sJWleoh6aeuSOHvNIjxhIsAq7s0sW4VdO6JBuZErSLxiUgkRzeLAIyW"
    "967z4DpJie/KIHXI0II9uzMCC960nxxWkNUXrJo09mZ4jQuu8B2IWPiVxFN3bHvNIOBQWS"
    "uyDQGHBlHPEHBootZ5Ag5EU8TmZEy3iXNtQOJ4nvuPh51wO2fnP51ffbw89+ZZ70ra9BpP"
    "pCOKwbrDz3DiGRQBQKOAOtZJZoopLAcUU+7U0JCxl0kFUUlQQlE8X8Bk35Pnq1+WWDvC84"
    "Ungt2ZoaHTlPZEN3SAU03xjX7l+ZnUtfaC13jvxEfLq75z+qoR8OEIpaJokgXEvjyh11Gd"
    "oDo4neONryRaJzgAuekdYR2UOmLVCvps4HKqaim0gctpkFcPXE4Ttc7D5TzLLCKHLzvGlS"
    "1z+YdW9/ZfD/ezayQu/ndrmI/qtH/fn9JEGYdDoVeG/e69dUXBokGu3PZvH3pEZoFpuN+S"
    "mY17v1gydN0jLbp33c9EZCGuyYr/qP46Hcz6wvjTp2v0qssmFrTlssU3tg6cb+NQb9TANs"
    "XslJ0vBzxTEnGXGdu4IIAbB1c0WGVSkhNWfQlIwOZJwCZ+gqYLxAvXM9N0MVHYRp+XK9Ux"
    "LZfuLK/8Qz0gdKjRHnN8jjTYr3jG+lXyUL+Knx3jOquZBnlQCnjoonhoLydlT560bvmP7X"
    "jBVW/0lanWaoD8Y/BYYWowmcSyEzzFcOud51I8qLJpIG2JRBVZPSCaxIdW5MXpcRPvNB2Z"
    "4jNW0VLX1u+RRu5ZMCJde40fWbF3bxkpM9r7voxZpPYqsHDVnifbwMI1iI8BFq6JWudh4f"
    "7ciqopm4z9mYmTbVCkTtZpYQQC3buXyanyBI5IHwQTuQ7vWRXPLro2TSY7ISBUp5F7/FNb"
    "wKktiVOrOJuA9vRp67hbrR3xawMfP9c5LUAW7EMW0MjVdNCbnYotcOtIWiO7xSAMwg3aaZ"
    "yBV7BR89oeLd2FfYpKO+RrFejXS1ui0bXHrh/mIf6PiB3uY6zkzeaYDyTKll/osaEFP/JJ"
    "17abgkmXjSw9k043mgzHj1Z4OW8D99IgLxy4lyZqnYd7UbfruW1O8BIFvkTtiuh1rnjyDK"
    "6S0wyu4rHXyhVg2mB1QSATNuKbm1idJeNs0h/dDkafhUn3611/NLtGkf4e1Ul3cEsui/Li"
    "Ue2NR58G0ztaqIloZinra0yuTga9X0gfpBExNogslen90rekpGfa4v7nwWRCLzi2Gs1aGw"
    "6+9Kf0mmdOeVe/Cp+6g2Hg3puwFGUFW29wNxn2Z/YbrDfUdaBXu6Nef2hJSFQ1ipKvglSH"
    "pyxjJ7ksYydWlpG8vME8QSl5Y58vAYlWUR6pOrUBjzYLFlwa0NjOTc20C1FGrIq0KpdBMa"
    "hwiYPgxytcWrOgNcnS2qBZkY4JA9478M4zoGE0Zx7Na0yQSkjQ3zGWfdHapcNe8mQIXiZn"
    "CF7uAlzIWvo5Sb520J91eLAnrZKDiJ1k9InXRmm0OPLJFXRZslBHN+R7F1FHV8drUWeEYt"
    "JylF2J2n0EF1zp+Bcp6fgX8XR8f18vjX3kdZjjvZTZPm85u7GE8UgYT2/7U29blkBe2Yrz"
    "uLuxaBPPo7Y3ZtE2QR/95J6p7SgL2beuxARzKa1s+ylCaJ/zfDLnyV9M3EjSMZlzF5R1zX"
    "OGAEP6NGbpoXiCom1SSdR1ORtRGhCp34AufpsKjWVTsk/ITkkzRAHx3YhTCjZHuCcgVkCs"
    "p2SYVze0E4/oeYx6nkhuRBY0XWZNBzJWMuo5LAlaLrOWQ2lCGfUclQVNl1nTXiQy18wdlg"
    "VNl1rTbnQ5j6YjsqDpUms6nNXKn9wYEYR9C7k3jXj5sJnwD0oB+LnBjySR8+MfEQQV5FZB"
    "NHc7kxoYwlD3Jq8mdLxRRMmqXCpoy8y6YIqDNvbYTBjekJFpR2FYFKanorYVWutuXBv59h"
    "V+djurmCZ498AFjZTdOwvdJbUAdO8CXdUU24gBkrDFkGXrF4Dvg4FLFLIuHNuIc8OBrT/j"
    "FoDufaizmmIcW6M4UA5aewXgPLG6m2iVNEp4cWZYyCGkyXug0cNw2EoxBQuckb1NxfVEm2"
    "kDJ+CdvP2bqYc9T4ioqQJCoxa/7I+ThU//pcaHjsAZzrsxEr1zlwVJNIo9xbmumNlzFc14"
    "OQVkVZyv7IS3PZGaWp3UCKFMxU/C6QZu3ikbzbGKZxr5g+PwqUBfNUE1nNc8174LsonXRY"
    "DlWhYD2uvA6bQmqGWsrRMwHhiFdcKmxa5KvPiF9wSp1tiqg4s3wcq5fzPQSqZO1ts1el1p"
    "6J2oWjV0X1eytEK6puD3aCEvyL9Fs03+xCqiLV5Xb/GyvAfoP2OxHxsSqOxSVUa1jaCyS3"
    "NqfEBllyZqnZFwkuFsK7auq3CeVc7U+eJ339Ci+EJacRc2xhGx+m1SKH5XGRng2XEOCQHK"
    "u1G2jjRiI7x716UnXOapo9V7uJ+N7+gmSzfm9Kh2b+8GI3o63lpWH1Vyk+BDd1i6Eb9H9f"
    "N0/DARhv2utT3TjrIqZM2g0r3xw3Rgdaht6U4vWjZo6lyx9349qvdf72f9u2tkvBmOu3b6"
    "stVw9FUZkk7giLdgzSGuPeUfU/aUf4zvKaduUBzf5GIKbnsooBAycYsooOCRCplmm6AU5F"
    "UVlVflFZA+cpy5bMrgDTQHR2GZziIL5LUlMaBe1tsuBtTLteNjQKUVlp61rXltcY7IXGHP"
    "qEIb8c1AGhk5bHKTT/SRmGMD00C2FY+WmqJorwaiR5a5tpnNjRoW1UmvO7UwDPTu2zdyQ3"
    "7B9q9yPIFv395f017/C8UqVKqaaZWjRG/YtLozyNs4h6IZpqwoSHwV6SPoyzqP+TvtyasS"
    "2UYqfrF+gLy4RvSvb478q2j4FSTRHC/JV+b2gd6Ffr3XrP2oouCz0IIYnNbpbBvRMPDi/Q"
    "fURQr50LwG2hIZW2mFRNtCRbKB3AoPiIBMIaU/jPZLjNcXTJFEgRqX9GFrTcVvgd9hXbS6"
    "s36rX7WzbWGkas4v9H/dO6pRS56K2ur5G9roGl0ZDK9WZ9svtPne6Xo6G3SHw69C4JXsJ/"
    "maCMJoEeDuD3zvtKL7G6NasWLLLkphxfhokyXXtMaASDTtIyGJG3Ork6cRMOkHS8GjA+Sd"
    "6Dya3iAT2ZY00XSiWjLIyR0y2K13IpdInyt60R4DTm/vXB2ZdPhLGj2VG7lN2wh/ePqA6B"
    "O8ZBQbo2n/08PolgLD/BHhX2opyP41zidmPfJvgY/EfR/6cPp+3nB550RKbVkyqiSMKcrW"
    "J/ntG9GkptCKoh+sLo0PNLMMG6vIt0b6o0remvZQIz+aTLMLmc4hooJsWrFNYxjk5R5VMu"
    "OohmjbPzYs5AN/or/KPZuQoOnC/t4ObtBzxunHj759C0xhH/5hv8E/v317VMksM9e+Iyu6"
    "Y4dFZLdr4wORcwoZkLc1CYgGbUIDJD5gFjK01d9J6+BuO9o7fQv3qlO7hvQkks/bwP7j5h"
    "QH8qLeoLROVnS1+T4pQPN7KIVUXuD1RjNpzVHhGb+1/kiL3wSID1vZgjt9QESnmrZcGyI6"
    "DeL2IaLTRK3zRHSgVv9BOXCo1Z9eqz/BTNdNmZiab4JnH7Gr5z+qvgnrGpt56PAD1C2EEv"
    "BQAr5MpS32K5qdC+mYMOC9A28oAX9IdKEccOXLAcfYh4yeCku+hv5Kdf2TuFsKBUXrrV8o"
    "VtYsTUMt9+Nkk8IJIKVPYImGYDJ8EgzRMpuhOb+KM64MrrOUDK6zeAaXjskvNUxhJRqrLJ"
    "BH5WqI9yWPwX6ZbLBfxgx2XTaenYk70wwUlSvH7EOfV5vZB2qHnjxdF2rElTGXEQptQaGt"
    "8mDMW2iLpxyRnfTGmGgOWIioKrizeMY9oZr41GldQDp47rFVlSgp9dgtWbQr89ildncmHi"
    "cDcooCB3QEBvp8EXXZqRAJSXaVNDLaCJLsmpNuBUl2TdQ6T5LdRtescGrWM7CjcjWknDpc"
    "FF8nheLrxCk+d+XMindUrnZbYg+CtvG8zQKy07yGY7l4+vTPLRmOsskIDSRaaUGROnFCnb"
    "Pzn86vPl6ee1aadyXNOIuTbuR3mcJGlyVW9khaplVYENKtcHBYQzLbkc+OhgTjAycYLxXR"
    "WAm0hm1mcj4mChVN8oZIoMjDCcEPMFCZ4A/LgQKgykZZq2wwRnsB+H7xe6opsuEvnCPw5y"
    "+JBeD7iXZ27/RVrVWUF+CYCbHHKSSiomiSFavat6q/11GNhna4jJ1/cEQB52yET0Go24Eb"
    "h4wFRs6PYAQE4ydMJEcFI8eBcIUGW11E2yJNJf/hSIWgNlpqul0ihrIChlUsxyors7TqBl"
    "ljJ16rqJguSxCajJxe5+9TDsSmCnxcJM/kMA8Jnf0E9eorbUO3IfDaoBAcBF6bqHWewCtU"
    "Nwnyox0egrSTzJB2YhQ/xYYJ7u591K5smYlo4svOHqYjoTu6FexKI3T7tLnVVUFUF4Jdcs"
    "QtQiKMR8Ovbh0SQSPf06Pa/40W//7cv0b4u10kjra+/3kwsfZhr+RN1EbkiuJCmRpvOw52"
    "P+EMOv33A5lX7JoxTh+PancymY6/0IvEjdC1F+var93BjNaysYfBtV2yk+6LswcB1WWvP/"
    "hidyVh2ZIajO4n/Z7Vv6waGyyZdqGafzkXdfy/3rX78dCRtiog0jI3w/G9VeNG0YyyFLOx"
    "3m7rurp5Rki4hxJv32zFCwpRPU2G3Z59zfIREvRJl7PbafdXMlJeZXO10MVXNY8Gi6/OT4"
    "trMtWXTOH7Esfj7388rONRWApBNcrsH82wuODKKrpIySq6iGcVaRsCyUKYJ0S4d885oQ7K"
    "jDrzFBHWuSFkFpp9Gk/vrhGZhcylppfk7A8P6XznfzDFIWKeN2hrr0fkVXNUWmDJ1i4J8i"
    "DngnimpCCutS0ripia+MQSP00O1KHW4KIToFzzLC/eMWmAG/LNTplv5hALzilf2WbtqGSJ"
    "PaycYF/xzNlXyVP2FWMCsVCjUcBn6tNn5wqTewD8d+Pv8iw5KPmIKJT9Kg8FH4+8uMxYDj"
    "1HREHPZdazR3bmUHRUFjRdZk27bHWuLzokCnous57tGESeRImgIOi41DqGKmCnJuwiyXT8"
    "KogIggpgl1EVwWcmXmZSRFIPEESAjUfl2njE3hzjTuQFIlxjcCPLHge+UNGRF9vsFR1jc+"
    "8JpomSTdm8YCctW3ts9YJNS6XZtJRUyZCNL/fmJf7ihq0Hdx8R3W1kn3lsnfgtq0i0diL9"
    "3dpzZIcx8AI9adrCaNtnqDuMHC1/vRYX1i4kc4XX8T1Nh3pIxl1OFjTFbnLya0kW3LGbCy"
    "xAhceq28xtBBuNmrPlBDYaNVHrPBuNoFDbIbKsiS8iPWPGIpbCBAVkIHE9CumrLpsmVgVt"
    "ucwAakQKYI3C6hqfmYytgFCdPv8jk8csWzqTGhI6AOp4v1iK6zZl0kVMFD6Mohh8t+7Jns"
    "xcvOpKxZTBTYT6s/PuymHhUyf2hDh00kVN0Y196BxEc3SiLgBq/jptJZvZeXFOWNwyHyF0"
    "SNa0Z6etdyXJ2onBYEwjLdppbKmiPcmGKUuGmw4viAGxQs+D+T0Ut6MZyTINV/wRoSmBnQ"
    "N2rlqzeEV5GmDnmqh1HnbOm5tjOk89e8WTqeHmteIPHM962EqND7U5wGYpyZRfGPDeaJqC"
    "RTVhm5QnFMF4TqQOBbJrSRw37/pmPB6GJqObQcQiGD3c3fSn784iO14ZZJ6mLuWnONTJh1"
    "X7EuU4ppo+tjbHVHu7Kzc6Xsrfs8wwDNHaFTO44plpkiea2CSOv5uJO2HTnJOIYG1iBEcm"
    "TxXRyId/RPB4+P9wVisFwGaMsjHXkBzdysD4pSVHe9z1aYi++5W8sc7DZlB83r02H7lnBN"
    "sf7ZTnoE8YrfpQYH5gRIeHKXc+F01pBZmHlZ0x28BtNojlAm6ziVoHbrMk3KYbS8zKcUbl"
    "agh28VznHhW5iirF1TTIK1j/nUhjRXDslYxcW2vYvekPhd6037VKeIf6elQng94v/VvhYX"
    "KNNjJNJha2G1rXXZhNu6P7wYwWdqdV31RDNh/V8cNM+DSeCrf94eBLf/r1GmlbU1hqOvW8"
    "5Besvz2qzj36LOcifc6n7mBIntOdzfpkBaC/UlasVdjE641Ja4zTsvN979CBstSDt+CKD5"
    "YZcQySyClHoAb0a5rp0P9tls5/e5bDcDz67DaPkuKRpcexyPNWV2bLQ3prXoLQ85szaSEo"
    "BdgDOVtZFZSlUk5DWB7gxU9WNMSasgsA16W2b9z+qjXT8wIcXOH2KGCBXzB9cHx2yVDBYu"
    "Z4gf0XXKsxzShesbNE01jFM438kXEmyF2g6aTzcrbtB/y58IWEvezvPyX25U0QWQJggjdN"
    "HS8Mdpj4FMSSIJZUrXm6olEFiCU1Ues8sSQ4Lvegx+VCqO4YoTrgS0tgTwBnB8RRuVVxpI"
    "TKQIzV8dj2JDeCmZLVmn8y0BrFed9hLojhfcfIIh7v28szwC8HSUL9vRVMcHVtAPtpVs4m"
    "7DEvy0TbBt+5QV4U+M5N1DqP71y9FKrseoa8qb3ypoJgMscJe1aIiNUgh+oI53ErmiRmBT"
    "ooUzuUzzo8KJNWiShb9yLZIJJ1xnOetS4iWsPFrrqLW9ymibsgGb4rpnCZ17ny5GW7Ud6s"
    "flxEEMizosizoF9eUGJQBVXBS55FhmGZdiP3RD2p2OAOGkhaYemZ2qqS2/RomRfB45kg16"
    "KSc0sb+KIGMQfAFzVR6zx8kak940zeqSdQu0yLSx6m5TKZabmMMS3U7tjQ+AzRB10g4zgn"
    "V3Njye5V162cYTgW1gcp4ObhuSYmjrbIp4uALNTYK1xFkrbeULM8l+URkS1gFarOB1PyRS"
    "dua0TOd82QFhUWhHyovPlQNDKy3QgbTc5B6zCEQRN5NUEGtI6XupaHXouKAsFWGMHmQVsE"
    "xRbqrGLq4CbZooNx94E1xz8QvWQzDi+2aeehM5ENztAFoDuxuptolZzWeUFmrGqnPQKdcs"
    "A1O4HpoEmWHl4JfPruQ85DnDr/EecZkypdwt49QQrSKEtjEbSBFm8QQQq0eBO1zkOLw0Ha"
    "6ADHE+vZXdyAUJ1APTLHkPdU4gIOI26uAlLYBdcC3NMtc5NEKqYCbq/X//Z3e7ynOI61qs"
    "CmHMN64nSoT4porO5FhenD+TfbaU7cRtfW5BVoY8FwWx8tNyqALaRGVXLeboMP2CBvAHzA"
    "Jmqdxwcs/0miVd6zs9FliQHvLZbktagk7eCQmYbbwhb64AhX8DNKwfe23xvcdYfvzs7bnc"
    "ipocHKNLFK+rpp5JiwQoI1nK+qOz/FlyWsLvKoOCAGCi61goGFLJ6FNDSF4UElp9g4zWtz"
    "kmxhQG6wLnh5CYq8lhkTUXIGGVP4eCAf+LTYwkCWVbpXVdPfBEp0sK3R3WUd4r0c0UZd4M"
    "VWMgXytI345m40zFLtYdq/70+/9IXxSBhPb/tTWk/BwPoLpn1aNZRphYbbh96MNpl0v971"
    "RzNaqYH13JNXXzh5ul/JsnMgINIYBaQERIC9L5a9Z884BcCbKZW1ZFNNwZmsPFmAdon/An"
    "IBrZMQOJMBKwJ7xNXRTHFPjLz40L9pZzWaAQ6aNRlBLS3u5uHKH3wT/vRkdoXgWg+qbBpI"
    "RK5jgFbE+TKQrCJtg8kfOtqI8gJZ35SBtCVpSh+B3pkrjIhH8YMnKGlb1cT6+w9Rm+9Qz2"
    "DmeYZDkF6yO6R7lsYiaUOor0FBHwj1NVHrtUr3rAo5eNINvqX7cE5CcQRssKxKiImCGooi"
    "OsI24Z7OeCghrmLa4HXGY2OxjNtKqwou177S02SCThzSnuGPTnw+P8URDTQ6WvLnk65tN5"
    "D6WdmJuw3+YIM8A/AHm6h1Hn8Qjsg7whF5Ol5iHausLNBklENCUIIwAnK8BKFX9Nw68EK0"
    "ysflrZse7yKXAkoWnormOl9x5TpfpeQ6X0WVIK5prICxgKQlO/tCkO2Mo5NMlG3S6ZzAoO"
    "+SR3VQpobT9UeOUfwx+SQTRj55xY4Vam2wuqB4ZYO7NemPbgejz9fIkX9Ue93J7ME6/EcS"
    "N+bWOvuHDNPhYGQfCCTR8P6Cnvfz6WF0a5/3s9ySV8t13s/ZJc/8E7WNAtPPZezrcN5ayD"
    "UNMaRPMx8divouejJylZ8PboY0wJ0G90Z8E7a6ksmg8UVqt1frgusUq4uUU6wu4qdY/anT"
    "HFpFEzPZjWEpQJoHaX+2zc4yhUWhAHJ5+IU4rSSJikJ5ckPQsYTlF5xlTwpbGILQ0Qiox8"
    "bHoE1jzYNSEPcsKu5poVpAQM7Kg/3sdlYxTfCG5YJDMH/usW1K7plTO7U6qRHWB82lddBi"
    "xCx9HHeGLAXdb3u0yKX77D1jl3T6DfRqp79DPLSqE3ob4qENioxBPLSJWueJh0IA49CcoW"
    "hkOyTcl6hh8OKSh1m5TCZWLln1cBobv7h/6PX6fSswYWwlCeMFjVZ86g6G9NJSlJWyRCq8"
    "SLNtAeeNU4ekIUTNFaJ+xpmip07z2iVgHKTUmecFZfJWglJQ6CHvLoiAX5sJ/bAc8IBF8Y"
    "CBtOw9mcBAFnjFFMFLA4bH4O59D9aMUQCyd1iXVqJqjt3+qjXR8MIbnGAzH/R0SBbxRiHd"
    "0JNk+6qpv7UYbGKkRTuNVdRl41mYuwJcrGKr6++Pfzd/Q1uD/EVevKfb40UV4TWxGa0kFw"
    "MvELlP98Z7T0D6VsHxjffFdJmR1QzubwEKspJrSRsoyAaRUUBBNlHrPBSktUJkcVE9gQMx"
    "AKdzUjsXXFUJL1LKEl7ENgpUg4I8Um5Xhyu3q5OS29Vh5HbBoefl8kXh+GF3pFV3m/iUeD"
    "c0jmTYPz2edxG8397pJy2CTY+WfAFuSuWnmTa4KQ0yWMFNaaLWedyUk5f3Lp2uTxL20bam"
    "pGU7vikgUsOUiuIL2dvuHyOn4l/341Gax8hKpFjIkon+D7kM9UFcx38st6q1eR3Nt7Jiyq"
    "rxgT7vn4dyKVMApxCFJjQX6Hd33d+iOugNxzfRmYp2cFMm/7J0o7+ZDmbZ1FADD3O8Nefa"
    "9/5LQjGy4O12mn+pWQ0F/HL0qmSb7ZxMdCvPogQvs6pzTRu8zAb5G+BlNlHrPF6mqW1kKY"
    "tz4wnU0LUpPltcfCK6eiJ4ZIE4JFRDmIsvAOchltljiUqCy5KbKVk7yX6ZdRARhKhkXg1A"
    "XPjUGkgsbpNMZSVXtjkRlUUfWxsqK+qxZrFro7JQCKc8hmzcfxFNE683JoNGTl78AyJQ9C"
    "Y6lymiYQpY1zUG6zjD3xMwDUvVYc9c2kfS/22WPmV538hwPPrsNo/OYwzq9zQMpbtfY6DO"
    "te8D8nG0GDxlvFE7ja30rTvaXpBdAY6tA9YBeq68fZIeWsjGRjQlMisjU0P0CD63QRttVV"
    "NWkGGKyyUieJCZQsGLJ0xasXYRFNx7Rio1YvQGOgRytfoWIZCrzaHZgFxtota5dhq85Nkw"
    "HJQCOiq3K27DaCEXgz9lr0dIqobka/EcN3AeJeM8GLZklhWHIQ7MR3lWGQbzEVTY/C17DI"
    "QpDyRwJQMhpVt9TpO1e5pCOU11eFMyF90xHddE7moiFfwKeLMXIzPA7kotkbm7AJTrvQGR"
    "vdYVULRlZ/GcsYpnGvkj42DnLZ1Trqln78o57FTdvcjtX/F8pWnPt1iRXzC7Gk60STuN2H"
    "61G9OX9lsXmor7e8vYzqn03B4CHjPwRxqz7NeYVPF3U3CCXNSS34dOjtTjxupio8neRFVs"
    "se/ILGiKOsEEKPEqWwhtoMQbRI4CJd5ErXPlG3tzeZyR3V0+2ZcuMzPbmnSns1F/eo02om"
    "6SN3pU7/qU1RvNrlHQHzp9neSwfcFLkoelyqyK0mQoQygIQkElgP/AoaA1scqJ85Wx3HpY"
    "qnaVwIufTObagsH0JOfkue1rMYaPkY4HBz7YBz7c9oeDL/2pfTq1xXKU9cAHyP4tOPtX1+"
    "jJFzlgjQsCuDFwsfM5yTgTtBExADYKbJTxjGGbziwwxCH1oTxsQpxEUrBoYMHKzM6q64go"
    "6LnUeqa7SvJ/1wxx0Hfp9W3bzkSNC4bfnrhIskRrlMsE27sq7k9aCG71TBXogzJ1wDzsDV"
    "5w1Ui/SKmRfhGvke75qzmWi6gsrBVlXisiqQgZ2PWwYI0WiSYlvDZWAylJl+7Ijmsjczqg"
    "kxLVD/RYLYXwpqJFZoPdqZenyWytKLpcia2n2fQeHeHJeYHBj2B3XmDwIzxiiU475eAgeX"
    "lOMANS8Cq5XrQRpOA1JxkLUvCaqHWeFLyM3MM+tEPptHoM3sF/swwoR8TgHDyec/AMTFaf"
    "hGTShMxFT6KG4/msc8WTVtG5Ss6roPeScucyHdARESvHLv9aHdIR8KgyaSYqB6opXDUVTB"
    "kjvqn8gjMqoNXtzQZf+tfIln5UJ92He5oZthHp6eutPHNY4ZlhYYeY38EMy0H2dVHcpINr"
    "AazZxO+pYorgZc3CYzAraRYLhjGzzW4c2U+/TLEiJhigyftj60FX/nVIgrFLkJdWLQav6N"
    "xpp9GJot/mkCRiJmKuKazcnskWyXwb+XqMjB5iQKSGvkvn4oLHP7y4SDmJ/iKWFE4+qgwI"
    "O81riO4Zl/d9luJ9nzFOoddUE7PCX8m+R0Dk+G7HadIpCnMwYibVMaNlf/0/uDsFMw=="
)
