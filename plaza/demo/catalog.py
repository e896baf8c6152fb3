"""The demo catalog: its category tree (top categories and their leaves) and variant axes.

Each leaf says how its products are named (nouns and qualifiers), priced and varied (an axis of
``AXES``); ``plaza.demo.plan`` draws the products from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

COLORS = ["Black", "White", "Navy", "Grey", "Olive", "Beige", "Burgundy", "Sky Blue", "Rose"]

# Variant axes: a list of dimensions, each (attribute key, [(value, price factor), ...]).
AXES: dict[str, list[tuple[str, list[tuple[str, float]]]]] = {
    "weight": [("weight", [("250g", 0.55), ("500g", 1), ("1kg", 1.9), ("2.5kg", 4.5)])],
    "weight_small": [("weight", [("100g", 1), ("250g", 2.3), ("500g", 4.4)])],
    "weight_big": [("weight", [("1kg", 1), ("2.5kg", 2.3), ("5kg", 4.4), ("10kg", 8.5)])],
    "volume": [("volume", [("250ml", 1), ("500ml", 1.8), ("1L", 3.3), ("1.8L", 5.5)])],
    "volume_small": [("volume", [("30ml", 1), ("50ml", 1.5), ("100ml", 2.6)])],
    "pack": [("pack", [("single", 1), ("2-pack", 1.9), ("6-pack", 5.4), ("12-pack", 10)])],
    "pack_small": [("pack", [("single", 1), ("2-pack", 1.9), ("3-pack", 2.7)])],
    "eggs": [("pack", [("6 eggs", 1), ("10 eggs", 1.6), ("30 eggs", 4.5)])],
    "color": [("color", [(c, 1) for c in COLORS])],
    "shade": [("shade", [("01 Rose", 1), ("02 Coral", 1), ("03 Nude", 1), ("04 Berry", 1)])],
    "size_cm": [("size", [("24cm", 1), ("28cm", 1.2), ("32cm", 1.45)])],
    "color_storage": [
        ("color", [(c, 1) for c in ("Black", "White", "Sky Blue", "Rose")]),
        ("storage", [("128GB", 1), ("256GB", 1.15), ("512GB", 1.35)]),
    ],
    "color_size": [
        ("color", [(c, 1) for c in COLORS]),
        ("size", [("S", 1), ("M", 1), ("L", 1), ("XL", 1.05)]),
    ],
    "color_shoe": [
        ("color", [(c, 1) for c in ("Black", "White", "Grey", "Navy")]),
        ("size", [(str(s), 1) for s in range(37, 45)]),
    ],
    "color_kids": [
        ("color", [(c, 1) for c in ("Sky Blue", "Rose", "Olive", "Navy")]),
        ("size", [("100cm", 1), ("110cm", 1), ("120cm", 1.1), ("130cm", 1.1)]),
    ],
    "color_bed": [
        ("color", [(c, 1) for c in ("White", "Grey", "Beige", "Sky Blue")]),
        ("size", [("single", 1), ("double", 1.3), ("king", 1.6)]),
    ],
}


@dataclass(frozen=True)
class Leaf:
    slug: str
    name: str
    axis: str
    price: tuple[float, float]
    nouns: Sequence[str]
    qualifiers: Sequence[str]


@dataclass(frozen=True)
class Top:
    slug: str
    name: str
    blurbs: Sequence[str]
    leaves: Sequence[Leaf]


FRESH = (
    "Packed the morning it is delivered and kept chilled all the way.",
    "Sourced directly from partner farms, picked at peak season.",
    "Checked by hand; anything that arrives less than perfect is refunded.",
)
GOODS = (
    "Genuine product with the official warranty and invoice.",
    "Ships within 48 hours; 7-day no-reason returns.",
    "Carefully packed, with tracking from the warehouse to your door.",
)

CATALOG: list[Top] = [
    Top("fresh-produce", "Fresh Produce", FRESH, [
        Leaf("fruit", "Fruit", "weight", (9.9, 59.9),
             ["Fuji Apples", "Navel Oranges", "Kyoho Grapes", "Hami Melon", "Dragon Fruit",
              "Blueberries", "Mangoes", "Kiwi Fruit", "Lychees", "Strawberries", "Pears"],
             ["Organic", "Hand-picked", "Premium", "Seasonal", "Sweet", "Farm-fresh"]),
        Leaf("vegetables", "Vegetables", "weight", (3.9, 19.9),
             ["Bok Choy", "Broccoli", "Vine Tomatoes", "Cucumbers", "Carrots", "Spinach",
              "Lotus Root", "Eggplant", "Sweet Potatoes", "Napa Cabbage", "Green Beans"],
             ["Organic", "Local", "Hydroponic", "Farm-fresh", "Tender"]),
        Leaf("mushrooms-herbs", "Mushrooms & Herbs", "weight_small", (4.9, 29.9),
             ["Shiitake Mushrooms", "Enoki Mushrooms", "King Oyster Mushrooms", "Coriander",
              "Spring Onions", "Ginger", "Garlic"],
             ["Fresh", "Organic", "Wild-harvested", "Local"]),
        Leaf("meat-poultry", "Meat & Poultry", "weight", (12.9, 59.9),
             ["Pork Belly", "Beef Brisket", "Chicken Thighs", "Lamb Chops", "Pork Ribs",
              "Chicken Wings", "Beef Sirloin"],
             ["Chilled", "Free-range", "Grass-fed", "Premium", "Black-hog"]),
        Leaf("seafood", "Seafood", "weight", (19.9, 99.0),
             ["Tiger Prawns", "Salmon Fillet", "Hairy Crab", "Sea Bass", "Clams", "Squid",
              "Scallops"],
             ["Live", "Wild-caught", "Chilled", "Sashimi-grade"]),
    ]),
    Top("dairy-eggs", "Dairy & Eggs", FRESH, [
        Leaf("milk", "Milk", "volume", (5.9, 29.9),
             ["Whole Milk", "Skimmed Milk", "Oat Milk", "A2 Milk", "Soy Milk", "Goat Milk"],
             ["Fresh", "Organic", "Pasture-fed", "Low-fat"]),
        Leaf("yogurt", "Yogurt", "pack", (3.9, 25.9),
             ["Greek Yogurt", "Plain Yogurt", "Strawberry Yogurt", "Drinking Yogurt",
              "Coconut Yogurt"],
             ["Organic", "Thick", "Low-sugar", "Probiotic"]),
        Leaf("cheese-butter", "Cheese & Butter", "weight_small", (15.9, 89.0),
             ["Cheddar", "Mozzarella", "Salted Butter", "Cream Cheese", "Parmesan"],
             ["Aged", "Grass-fed", "Imported", "Mild"]),
        Leaf("eggs", "Eggs", "eggs", (6.9, 19.9),
             ["Free-range Eggs", "Organic Eggs", "Duck Eggs", "Quail Eggs", "Salted Duck Eggs"],
             ["Farm", "Fresh", "Omega-3", "Country"]),
    ]),
    Top("pantry", "Pantry", FRESH, [
        Leaf("rice-grains", "Rice & Grains", "weight_big", (19.9, 99.0),
             ["Jasmine Rice", "Northeast Rice", "Millet", "Brown Rice", "Glutinous Rice",
              "Quinoa"],
             ["Premium", "New-harvest", "Organic", "Fragrant"]),
        Leaf("noodles", "Noodles & Dumplings", "pack", (6.9, 39.9),
             ["Hand-pulled Noodles", "Rice Noodles", "Pork Dumplings", "Shrimp Wontons",
              "Buckwheat Noodles"],
             ["Frozen", "Handmade", "Classic", "Spicy"]),
        Leaf("oils-sauces", "Oils & Sauces", "volume", (9.9, 79.0),
             ["Light Soy Sauce", "Sesame Oil", "Chilli Oil", "Black Vinegar", "Peanut Oil",
              "Oyster Sauce"],
             ["Naturally brewed", "Cold-pressed", "Aged", "Classic"]),
        Leaf("snacks", "Snacks", "pack", (4.9, 49.9),
             ["Sunflower Seeds", "Dried Mango", "Seaweed Crisps", "Mixed Nuts", "Beef Jerky",
              "Rice Crackers"],
             ["Spicy", "Salted", "Honey", "Family-size"]),
        Leaf("tea-coffee", "Tea & Coffee", "weight_small", (29.9, 299.0),
             ["Longjing Green Tea", "Pu'er Tea", "Oolong Tea", "Jasmine Tea",
              "Yunnan Coffee Beans", "Drip Coffee Bags"],
             ["Spring-harvest", "Single-origin", "Aged", "Premium"]),
    ]),
    Top("electronics", "Electronics", GOODS, [
        Leaf("phones", "Phones", "color_storage", (1299, 6999),
             ["Smartphone", "Camera Phone", "Foldable Phone", "5G Phone"],
             ["Aero X5", "Nova 12", "Pulse S", "Orbit Pro", "Zen Lite"]),
        Leaf("audio", "Headphones & Audio", "color", (99, 1999),
             ["Wireless Earbuds", "Noise-cancelling Headphones", "Bluetooth Speaker", "Soundbar",
              "Sports Earphones"],
             ["Aero", "Pulse", "Studio", "Echo", "Beat"]),
        Leaf("laptops-tablets", "Laptops & Tablets", "color_storage", (1999, 12999),
             ["Laptop", "Tablet", "2-in-1 Notebook", "E-reader"],
             ["Air 14", "Book Pro 16", "Tab 11", "Slate", "Paper"]),
        Leaf("smart-home", "Smart Home", "color", (49, 1299),
             ["Robot Vacuum", "Smart Plug", "Security Camera", "Smart Speaker", "Air Purifier",
              "Smart Bulb"],
             ["Home", "Eco", "Mini", "Plus", "Max"]),
        Leaf("chargers-cables", "Chargers & Cables", "color", (19, 299),
             ["USB-C Cable", "GaN Charger 65W", "Power Bank 20000mAh", "Wireless Charging Pad",
              "Car Charger"],
             ["Fast", "Braided", "Compact", "Travel"]),
    ]),
    Top("apparel", "Apparel", GOODS, [
        Leaf("womens", "Women's Clothing", "color_size", (59, 899),
             ["Linen Dress", "Cashmere Sweater", "Silk Blouse", "Trench Coat",
              "Wide-leg Trousers", "Knit Cardigan"],
             ["Classic", "Relaxed", "Everyday", "Tailored", "Vintage"]),
        Leaf("mens", "Men's Clothing", "color_size", (59, 999),
             ["Oxford Shirt", "Down Jacket", "Chino Trousers", "Crew-neck T-shirt",
              "Wool Blazer", "Hoodie"],
             ["Classic", "Slim-fit", "Everyday", "Tailored", "Heavyweight"]),
        Leaf("shoes", "Shoes", "color_shoe", (129, 1299),
             ["Running Shoes", "Leather Loafers", "Canvas Sneakers", "Hiking Boots", "Sandals"],
             ["Cloud", "Trail", "Urban", "Classic", "Lite"]),
        Leaf("kids", "Kids' Clothing", "color_kids", (39, 299),
             ["Cotton Pyjamas", "Rain Jacket", "Denim Jeans", "Fleece Jacket", "Knit Hat"],
             ["Happy", "Little Explorer", "Cosy", "Bright"]),
    ]),
    Top("home-kitchen", "Home & Kitchen", GOODS, [
        Leaf("cookware", "Cookware", "size_cm", (59, 899),
             ["Wok", "Non-stick Frying Pan", "Casserole", "Steamer Basket", "Stock Pot"],
             ["Carbon Steel", "Ceramic", "Cast Iron", "Pro", "Classic"]),
        Leaf("bedding", "Bedding", "color_bed", (99, 1599),
             ["Duvet Cover Set", "Pillowcase Pair", "Down Duvet", "Fitted Sheet",
              "Weighted Blanket"],
             ["Linen", "Cotton", "Mulberry Silk", "Cloud-soft", "Bamboo"]),
        Leaf("storage", "Storage & Organisation", "pack_small", (19, 299),
             ["Storage Boxes", "Vacuum Bags", "Drawer Organisers", "Shoe Rack", "Hangers"],
             ["Stackable", "Foldable", "Clear", "Bamboo"]),
        Leaf("cleaning", "Cleaning", "pack_small", (9.9, 99),
             ["Laundry Detergent", "Dish Soap", "Microfibre Cloths", "Spin Mop",
              "Floor Cleaner"],
             ["Eco", "Concentrated", "Lavender", "Unscented"]),
        Leaf("small-appliances", "Small Appliances", "color", (99, 1999),
             ["Rice Cooker", "Electric Kettle", "Air Fryer", "Soy Milk Maker", "Blender"],
             ["Smart", "Mini", "Pro", "Classic"]),
    ]),
    Top("beauty", "Beauty & Personal Care", GOODS, [
        Leaf("skincare", "Skincare", "volume_small", (59, 399),
             ["Hydrating Serum", "Sunscreen SPF50", "Night Cream", "Facial Cleanser",
              "Toner"],
             ["Hyaluronic", "Gentle", "Brightening", "Repairing"]),
        Leaf("haircare", "Hair Care", "volume_small", (29, 299),
             ["Shampoo", "Conditioner", "Hair Oil", "Scalp Scrub"],
             ["Ginger", "Argan", "Volumising", "Anti-dandruff"]),
        Leaf("makeup", "Makeup", "shade", (49, 399),
             ["Lipstick", "Cushion Foundation", "Liquid Eyeliner", "Blush"],
             ["Velvet", "Silk", "Long-wear", "Dewy"]),
        Leaf("oral-care", "Oral Care", "pack_small", (9.9, 499),
             ["Electric Toothbrush", "Whitening Toothpaste", "Water Flosser", "Mouthwash"],
             ["Sonic", "Fresh Mint", "Sensitive", "Charcoal"]),
    ]),
    Top("sports-outdoors", "Sports & Outdoors", GOODS, [
        Leaf("running", "Running", "color_size", (49, 699),
             ["Running Jacket", "Compression Tights", "Running Socks", "Hydration Vest"],
             ["Aero", "Tempo", "Marathon", "Night-reflective"]),
        Leaf("camping", "Camping & Hiking", "color", (59, 1299),
             ["Two-person Tent", "Sleeping Bag", "Trekking Poles", "Camping Stove", "Headlamp"],
             ["Ultralight", "Alpine", "Trail", "Basecamp"]),
        Leaf("fitness", "Fitness", "color", (29, 999),
             ["Yoga Mat", "Adjustable Dumbbells", "Resistance Bands", "Foam Roller",
              "Jump Rope"],
             ["Pro", "Eco", "Studio", "Home"]),
        Leaf("cycling", "Cycling", "color", (49, 1999),
             ["Cycling Helmet", "Bike Lights", "Cycling Gloves", "Bike Lock"],
             ["Aero", "City", "Road", "Gravel"]),
    ]),
]  # fmt: skip

LEAVES: dict[str, tuple[Top, Leaf]] = {lf.slug: (top, lf) for top in CATALOG for lf in top.leaves}
